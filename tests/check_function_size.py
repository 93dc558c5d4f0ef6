#!/usr/bin/env python3
"""No function in lib/ is 60 lines or longer, but those that only return a table of data.

Reads each source and header with comments, literals and directives blanked, and follows its
braces. At namespace or class scope, a brace after a parameter list opens a function, whether
it is defined at the left margin or inside its class (a constructor's body comes after its
member initialisers, braced ones included), and so does a lambda's brace after `= [...]`; a
brace inside parentheses, after `=`, or opening a member initialiser is an initialiser. A
function's lines run from the first line of its declaration to its closing brace; a lambda
inside a function counts within that function. Braces split between the branches of an
#if are not followed: lib/ has none.

    check_function_size.py LIB_DIR
    check_function_size.py --expect FILE DIR   (the check's own test: it must report
                                                exactly the lines of FILE for DIR)
"""
import glob
import os
import re
import sys

LIMIT = 60
# Functions that only return a table of data: the deadline forms, the header synonyms.
DATA_TABLES = {"forms", "synonyms"}
KEYWORDS = {"decltype", "alignas", "sizeof", "noexcept", "alignof", "static_assert", "if",
            "for", "while", "switch", "return", "throw"}


def blank_span(text, start, end):
    return re.sub(r"[^\n]", " ", text[start:end])


def is_digit_separator(text, i):
    """True when the quote at i is inside a number (1'000, 0xFF'FF), not a literal's start."""
    j = i
    while j > 0 and re.match(r"[0-9A-Za-z_.]", text[j - 1]):
        j -= 1
    return j < i and text[j].isdigit()


def blank(text):
    """The text with comments, string and character literals and directives replaced by
    spaces, line breaks kept, so that braces and parentheses are the code's own."""
    out, i, n = [], 0, len(text)
    raw_string = re.compile(r'R"([^(\s]*)\(')
    while i < n:
        c = text[i]
        directive = c == "#" and not text[text.rfind("\n", 0, i) + 1:i].strip()
        if text.startswith("//", i) or directive:
            end = text.find("\n", i)
            end = n if end < 0 else end
            while c == "#" and end < n and text[end - 1] == "\\":  # a continued directive
                following = text.find("\n", end + 1)
                end = n if following < 0 else following
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif raw_string.match(text, i):
            delimiter = raw_string.match(text, i).group(1)
            end = text.find(")" + delimiter + '"', i)
            end = n if end < 0 else end + len(delimiter) + 2
        elif c == '"' or (c == "'" and not is_digit_separator(text, i)):
            end = i + 1
            while end < n and text[end] != c:
                end += 2 if text[end] == "\\" else 1
            end += 1
        else:
            out.append(c)
            i += 1
            continue
        out.append(blank_span(text, i, end))
        i = end
    return "".join(out)


def strip_balanced(head, opener, closer, after=r""):
    """`head` with each `after` + opener...closer group (nested ones within) blanked."""
    out = head
    for m in list(re.finditer(after + re.escape(opener), head))[::-1]:
        depth, j = 0, m.end() - 1
        while j < len(head):
            if head[j] == opener:
                depth += 1
            elif head[j] == closer and not (closer == ">" and head[j - 1] == "-"):
                depth -= 1
                if depth == 0:
                    break
            j += 1
        out = out[:m.start()] + " " * (j + 1 - m.start()) + out[j + 1:]
    return out


def kind_of_brace(head, before):
    """What a brace opened at namespace or class scope opens, from the declaration before it
    (`head`) and the code just before the brace (`before`)."""
    plain = strip_balanced(head, "<", ">", r"\btemplate\s*")
    plain = strip_balanced(plain, "(", ")", r"\b(alignas|__attribute__)\s*")
    plain = re.sub(r"\boperator\s*(\(\)|[^\s(]+)", "operator_", plain)
    if re.match(r"\s*(inline\s+)?namespace\b", plain) or re.match(r"\s*extern\s*$", plain):
        return "namespace"
    if re.search(r"=\s*\[[^\]]*\]\s*(\([^)]*\))?[^=]*$", plain):
        return "function"  # a lambda
    outside_parens = strip_balanced(plain, "(", ")")
    if "(" not in plain:
        if re.search(r"\b(class|struct|union|enum)\b", plain) and "=" not in plain:
            return "class"
        return "data"
    if "=" in outside_parens:
        return "data"
    # After a constructor's parameter list and `:`, a brace right after a name opens a
    # member's initialiser; the body's brace follows a `)` or `}`.
    if re.search(r"\)\s*(noexcept\s*)?:(?!:)", plain) and re.search(r"[\w>]\s*$", before):
        return "init"
    return "function"


def function_name(head):
    for m in re.finditer(r"(operator\s*\(\)|operator\s*[^\s(]+|[A-Za-z_~][A-Za-z_0-9:~]*)\s*\(",
                         head):
        if m.group(1) not in KEYWORDS:
            return m.group(1)
    lambda_name = re.search(r"([A-Za-z_][A-Za-z_0-9]*)\s*=\s*\[", head)
    return lambda_name.group(1) if lambda_name else "?"


def long_functions(path):
    code = blank(open(path, encoding="utf-8").read())
    found = []
    stack = []  # each open brace: (kind, first line of its declaration, name)
    statement_start = 0  # where the declaration before the next brace began
    parens = 0  # open parentheses of that declaration
    for i, c in enumerate(code):
        at_declarations = not stack or stack[-1][0] in ("namespace", "class")
        if c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        elif c == ";" and at_declarations and parens == 0:
            statement_start = i + 1
        elif c == "{":
            # An access specifier is no part of the declaration after it.
            head = re.sub(r"^\s*(public|protected|private)\s*:(?!:)",
                          lambda m: " " * len(m.group(0)), code[statement_start:i])
            if not at_declarations:
                kind = "block"
            elif parens > 0 or stack and stack[-1][0] == "init":
                kind = "init"
            else:
                kind = kind_of_brace(head, code[max(0, i - 200):i])
            first = statement_start + len(head) - len(head.lstrip())
            stack.append((kind, code.count("\n", 0, first) + 1, function_name(head)))
            if kind in ("namespace", "class"):
                statement_start = i + 1
        elif c == "}" and stack:
            kind, line, name = stack.pop()
            end = code.count("\n", 0, i) + 1
            if kind == "function" and end - line + 1 >= LIMIT and \
                    name.split("::")[-1] not in DATA_TABLES:
                found.append((line, name, end - line + 1))
            if kind in ("namespace", "class", "function", "data") and \
                    (not stack or stack[-1][0] in ("namespace", "class")):
                statement_start = i + 1
    return found


def main():
    expected = None
    if sys.argv[1] == "--expect":
        expected = open(sys.argv[2], encoding="utf-8").read().splitlines()
        del sys.argv[1:3]
    lib = sys.argv[1]
    paths = sorted(glob.glob(os.path.join(lib, "**", "*.cpp"), recursive=True) +
                   glob.glob(os.path.join(lib, "**", "*.h"), recursive=True))
    problems = [f"{os.path.relpath(path, lib)}:{line}: {name} is {length} lines"
                for path in paths for line, name, length in long_functions(path)]
    if expected is not None:
        if problems != expected:
            sys.exit("expected:\n" + "\n".join(expected) + "\nfound:\n" + "\n".join(problems))
        print(f"the check finds the {len(expected)} long functions of {lib}")
        return
    if problems:
        sys.exit("\n".join(problems))
    print(f"every function in lib/ is under {LIMIT} lines ({len(paths)} files)")


if __name__ == "__main__":
    main()
