"""The Python module against an installed tree (check_install.py): python_consumer.py PDF."""
import sys
import threading

import extract_plan

pdf = sys.argv[1]
doc = extract_plan.extract(pdf)
assert doc["schema_version"] == 1 and len(doc["records"]) == 7, doc["source"]
assert doc["records"][1]["lead_officer"]["people"][0]["name"] == "Natalie McGrath"
with open(pdf, "rb") as f:
    data = f.read()
from_bytes = extract_plan.extract(data, name="upload.pdf")
assert from_bytes["source"]["file"] == "upload.pdf"
assert from_bytes["records"] == doc["records"]
assert extract_plan.extract(pdf, tables=True, pages="1")["tables"][0]["header_rows"] == 1
# Read in a helper process (the installed extract-plan-helper): the same records, and from
# bytes too.
assert extract_plan.extract(pdf, isolate=True) == doc
assert extract_plan.extract(data, name="upload.pdf", isolate=True) == from_bytes
for bad, name in (("no-such-file.pdf", "file_not_found"), (b"garbage" * 100, "not_a_pdf")):
    try:
        extract_plan.extract(bad)
        raise AssertionError(f"{bad!r} gave no error")
    except extract_plan.Error as e:
        assert e.name == name and e.message, (e.name, e.message)
try:
    extract_plan.extract(pdf, max_pages=5)
    raise AssertionError("six pages were read under max_pages=5")
except extract_plan.Error as e:
    assert e.name == "too_large" and e.code == 8, (e.name, e.code)
try:
    extract_plan.extract(pdf, colour="red")
    raise AssertionError("an unknown option was taken")
except extract_plan.Error as e:
    assert e.name == "invalid_argument"
# Threads at once, as the library allows: the same records each time.
results = []
threads = [threading.Thread(target=lambda: results.append(extract_plan.extract(pdf)))
           for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert all(r == doc for r in results) and len(results) == 4
print("python consumer: ok", extract_plan.version())
