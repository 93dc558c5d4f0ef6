#!/usr/bin/env python3
"""The installed tree is the product: install it twice, move one copy, and use both from C++
(find_package), C (pkg-config alone), Python (ctypes) and the shell, with the README's own
examples. Nothing installed may name the build or source folders.

    check_install.py CMAKE BUILD_DIR TESTS_DIR WORK_DIR SAMPLE_PDF README [--static]

With --static, BUILD_DIR holds a static build (BUILD_SHARED_LIBS=OFF): C links with
`pkg-config --static`, and the Python module (which needs the shared library) is not there.
"""
import glob
import os
import re
import shutil
import subprocess
import sys

CMAKE = sys.argv[1]
BUILD, TESTS, WORK, SAMPLE, README = map(os.path.abspath, sys.argv[2:7])
STATIC = "--static" in sys.argv[7:]
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)


def run(*args, env=None, cwd=None):
    result = subprocess.run(list(args), capture_output=True, text=True, env=env, cwd=cwd,
                            timeout=600)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def readme_block(marker, language):
    text = open(README, encoding="utf-8").read()
    found = re.search(rf"<!-- {marker}:begin -->\s*```{language}\n(.*?)```", text, re.S)
    if not found:
        sys.exit(f"README.md has no <!-- {marker}:begin --> {language} block")
    return found.group(1)


def check_prefix(prefix):
    libdir = os.path.dirname(os.path.dirname(glob.glob(f"{prefix}/**/pkgconfig/extract_plan.pc",
                                                       recursive=True)[0]))
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(libdir, "pkgconfig"))
    flags = run("pkg-config", "--cflags", "--libs", *(["--static"] if STATIC else []),
                "extract_plan", env=env).split()
    # The helper of the "isolate" option is found beside a shared library; a program linking
    # the static one is told where it is.
    run_env = dict(os.environ, LD_LIBRARY_PATH=libdir, EXTRACT_PLAN_CHECK_ISOLATE="1")
    run_env.pop("EXTRACT_PLAN_HELPER", None)
    helper = os.path.join(prefix, "libexec", "extract-plan", "extract-plan-helper")
    if not os.access(helper, os.X_OK):
        sys.exit(f"no helper at {helper}")
    if STATIC:
        run_env["EXTRACT_PLAN_HELPER"] = helper
    # C, with pkg-config alone: the test program, then the README's example.
    readme_c = os.path.join(WORK, "readme_example.c")
    open(readme_c, "w").write(readme_block("c-example", "c"))
    for source in (os.path.join(TESTS, "install", "c_consumer.c"), readme_c):
        program = os.path.join(WORK, os.path.basename(source)[:-2] + "-" + os.path.basename(prefix))
        run("cc", "-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror", source, "-o", program,
            *flags)
        out = run(program, SAMPLE, env=run_env)
    if '"text": "Natalie McGrath PHSE Co-ordinator"' not in out:
        sys.exit(f"the README's C example printed:\n{out[:2000]}")
    # A sanitized library (EXTRACT_PLAN_SANITIZE) needs the sanitizers' runtime first in the
    # program, which the C and C++ consumers link; an interpreter cannot host it (ASan's
    # exception interceptor fails under ctypes), so Python is left out of that run.
    sanitized = any(f.startswith("-fsanitize") for f in flags)
    if not STATIC and not sanitized:
        check_python(prefix)
    check_cxx_and_cli(prefix)


def check_python(prefix):
    # Python, from the module's installed place, without LD_LIBRARY_PATH.
    py_env = dict(os.environ, PYTHONPATH=os.path.join(prefix, "share", "extract_plan", "python"))
    py_env.pop("EXTRACT_PLAN_LIBRARY", None)
    run(sys.executable, os.path.join(TESTS, "install", "python_consumer.py"), SAMPLE, env=py_env)
    readme_py = os.path.join(WORK, "readme_example.py")
    open(readme_py, "w").write(readme_block("python-example", "python"))
    out = run(sys.executable, readme_py, SAMPLE, env=py_env)
    if "2 Natalie McGrath PHSE Co-ordinator | Ongoing" not in out:
        sys.exit(f"the README's Python example printed:\n{out}")


def check_cxx_and_cli(prefix):
    # C++, with find_package.
    consumer = os.path.join(WORK, "cxx-" + os.path.basename(prefix))
    run(CMAKE, "-S", os.path.join(TESTS, "find-package"), "-B", consumer,
        f"-DCMAKE_PREFIX_PATH={prefix}")
    run(CMAKE, "--build", consumer)
    if "records: 7" not in run(os.path.join(consumer, "consumer"), SAMPLE):
        sys.exit("the find_package consumer failed")
    # The command and its manual page.
    if '"records"' not in run(os.path.join(prefix, "bin", "extract-plan"), SAMPLE, "--json"):
        sys.exit("the installed command gave no records")
    if not os.path.exists(os.path.join(prefix, "share", "man", "man1", "extract-plan.1")):
        sys.exit("no man page")


def check_no_build_paths(prefix):
    folders = [os.path.realpath(BUILD), os.path.realpath(os.path.dirname(TESTS))]
    for path in glob.glob(f"{prefix}/**/*", recursive=True):
        if (os.path.isdir(path) or path.endswith((".so", ".a")) or ".so." in path or
                "/bin/" in path or "/libexec/" in path):
            continue
        text = open(path, encoding="utf-8", errors="replace").read()
        for folder in folders:
            if folder in text:
                sys.exit(f"{path} names {folder}: the installed tree depends on it")


first, second = os.path.join(WORK, "prefix-a"), os.path.join(WORK, "prefix-b")
run(CMAKE, "--install", BUILD, "--prefix", first)
run(CMAKE, "--install", BUILD, "--prefix", second)
moved = os.path.join(WORK, "moved", "prefix-b")
os.makedirs(os.path.dirname(moved))
shutil.move(second, moved)
for prefix in (first, moved):
    check_no_build_paths(prefix)
    check_prefix(prefix)
print(f"installed tree: ok ({'static: C++, C' if STATIC else 'C++, C, Python'}, CLI; "
      "installed twice, one copy moved)")
