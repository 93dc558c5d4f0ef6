#!/usr/bin/env python3
"""No function in lib/ is 60 lines or longer, but those that only return a table of data.

Reads each source and header with comments and literals blanked, and follows its braces: a
brace opened at namespace or class scope after a parenthesis opens a function, whether it is
defined at the left margin or inside its class. A function's lines run from the first line of
its declaration to its closing brace; a lambda counts within the function that holds it.

    check_function_size.py LIB_DIR
"""
import glob
import os
import re
import sys

LIMIT = 60
# Functions that only return a table of data: the deadline forms, the header synonyms.
DATA_TABLES = {"forms", "synonyms"}


def blank(text):
    """The text with comments, string and character literals and directives replaced by
    spaces, line breaks kept, so that braces and parentheses are the code's own."""
    out, i, n = [], 0, len(text)
    raw = re.compile(r'R"([^(\s]*)\(')
    while i < n:
        c = text[i]
        if text.startswith("//", i) or (c == "#" and text[:i].rstrip(" \t").endswith(("\n", ""))
                                         and (i == 0 or text[text.rfind("\n", 0, i) + 1:i].strip() == "")):
            end = text.find("\n", i)
            end = n if end < 0 else end
            # A directive continued with backslashes runs on.
            while c == "#" and end < n and text[end - 1] == "\\":
                nxt = text.find("\n", end + 1)
                end = n if nxt < 0 else nxt
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif raw.match(text, i):
            delimiter = raw.match(text, i).group(1)
            end = text.find(")" + delimiter + '"', i)
            end = n if end < 0 else end + len(delimiter) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(re.sub(r"[^\n]", " ", text[i:j + 1]))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def long_functions(path):
    code = blank(open(path, encoding="utf-8").read())
    found = []
    # Each open scope: (kind, first line of its statement, name).
    stack = []
    statement_start = 0  # offset where the statement before the next brace began
    for i, c in enumerate(code):
        if c in ";{}" and (not stack or stack[-1][0] in ("namespace", "class")) and c == ";":
            statement_start = i + 1
        if c == "{":
            outer = stack[-1][0] if stack else "namespace"
            # An access specifier is no part of the declaration after it.
            head = re.sub(r"^\s*(public|protected|private)\s*:(?!:)", lambda m: " " * len(m.group(0)),
                          code[statement_start:i])
            first = statement_start + len(head) - len(head.lstrip())
            line = code.count("\n", 0, first) + 1
            if outer in ("namespace", "class"):
                if re.match(r"\s*(inline\s+)?namespace\b|\s*extern\s*$", head):
                    kind = "namespace"
                elif re.search(r"\b(class|struct|union|enum)\b[^()]*$", head) and "(" not in head:
                    kind = "class"
                elif "(" in head and not re.search(r"=\s*$", head):
                    kind = "function"
                else:
                    kind = "data"
            else:
                kind = "block"
            name = re.search(r"([A-Za-z_~][A-Za-z_0-9:~]*)\s*\(", head)
            stack.append((kind, line, name.group(1) if name else "?"))
            statement_start = i + 1
        elif c == "}":
            if stack:
                kind, line, name = stack.pop()
                end = code.count("\n", 0, i) + 1
                short = name.split("::")[-1]
                if kind == "function" and end - line + 1 >= LIMIT and short not in DATA_TABLES:
                    found.append((line, name, end - line + 1))
            if not stack or stack[-1][0] in ("namespace", "class"):
                statement_start = i + 1
    return found


def main():
    lib = sys.argv[1]
    paths = sorted(glob.glob(os.path.join(lib, "**", "*.cpp"), recursive=True) +
                   glob.glob(os.path.join(lib, "**", "*.h"), recursive=True))
    problems = [f"{os.path.relpath(path, lib)}:{line}: {name} is {length} lines"
                for path in paths for line, name, length in long_functions(path)]
    if problems:
        sys.exit("\n".join(problems))
    print(f"every function in lib/ is under {LIMIT} lines ({len(paths)} files)")


if __name__ == "__main__":
    main()
