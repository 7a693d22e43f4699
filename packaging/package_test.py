#!/usr/bin/python3
"""Proves that the .deb `make package` built installs and runs on this machine.

The package is unpacked into a throwaway root (dpkg-deb -x) and checked as a user's system would use
it: the programs resolve every library, start (--version), open and draw every installed example
under Xvfb, train one of them from its installed data; the desktop entry and the AppStream metadata
validate; and every library the programs load, the Qt plugins they open at run time included, comes
from a package the .deb's Depends pull in. Exits non-zero with one line per failure.

Usage: package_test.py PACKAGE.deb
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL {message}", flush=True)


def ok(message):
    print(f"ok   {message}", flush=True)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def control_field(deb, field):
    return run(["dpkg-deb", "--field", str(deb), field]).stdout.strip()


def unpack(deb, root):
    result = run(["dpkg-deb", "-x", str(deb), str(root)])
    if result.returncode != 0:
        sys.exit(f"package-test: cannot unpack {deb}: {result.stderr.strip()}")


def elf_files(directory):
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


def check_linking(root):
    """Every program resolves its libraries, and none looks for them in the build tree."""
    for binary in elf_files(root / "usr"):
        name = binary.relative_to(root)
        missing = [line.strip() for line in run(["ldd", str(binary)]).stdout.splitlines() if "not found" in line]
        if missing:
            fail(f"{name} cannot find: {', '.join(missing)}")
        else:
            ok(f"{name}: every library resolves (ldd)")
        dynamic = run(["readelf", "-d", str(binary)]).stdout
        search_paths = re.findall(r"\((?:RPATH|RUNPATH)\).*\[(.*)\]", dynamic)
        if search_paths:
            fail(f"{name} carries a library search path from the build: {search_paths}")


def isolated_environment(home):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "LD_"))}
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def check_versions(root, version, env):
    cli = run([str(root / "usr/bin/neuroweave-cli"), "--version"], env=env)
    if cli.returncode == 0 and version in cli.stdout:
        ok(f"neuroweave-cli --version: {cli.stdout.strip()}")
    else:
        fail(f"neuroweave-cli --version exited {cli.returncode} with {cli.stdout.strip()!r} {cli.stderr.strip()!r}")
    gui_env = dict(env, QT_QPA_PLATFORM="offscreen")
    gui = run([str(root / "usr/bin/neuroweave"), "--version"], env=gui_env)
    if gui.returncode == 0 and version in gui.stdout:
        ok(f"neuroweave --version: {gui.stdout.strip()}")
    else:
        fail(f"neuroweave --version exited {gui.returncode} with {gui.stdout.strip()!r} {gui.stderr.strip()!r}")


def distinct_colours(png):
    result = run(["identify", "-format", "%k", str(png)])
    return int(result.stdout) if result.returncode == 0 and result.stdout.isdigit() else 0


def loaded_objects(ld_debug_output):
    """The shared objects the dynamic linker initialised, from LD_DEBUG=libs output."""
    return {Path(match) for match in re.findall(r"calling init: (\S+)", ld_debug_output)}


def check_examples(root, env, out_dir):
    """Opens every installed example in the installed designer and keeps what it loaded."""
    examples = sorted((root / "usr/share/neuroweave/examples").glob("*.nwproj"))
    if not examples:
        fail("the package installs no examples")
        return set()
    loaded = set()
    for example in examples:
        shot = out_dir / f"{example.stem}.png"
        debug_log = out_dir / f"{example.stem}.ld.log"
        # Only the designer traces its libraries, not Xvfb and the tools xvfb-run starts.
        traced = ["env", "LD_DEBUG=libs", f"LD_DEBUG_OUTPUT={debug_log}", str(root / "usr/bin/neuroweave")]
        result = run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *traced, "--screenshot", str(shot),
                      str(example)], env=env, timeout=600)
        for log in out_dir.glob(f"{example.stem}.ld.log*"):
            loaded |= loaded_objects(log.read_text(errors="replace"))
        colours = distinct_colours(shot) if shot.exists() else 0
        if result.returncode == 0 and colours > 64:
            ok(f"designer draws {example.name} ({colours} colours in {shot.name})")
        else:
            fail(f"designer on {example.name} exited {result.returncode} with {colours} colours: "
                 f"{result.stderr.strip()[-400:]}")
    return loaded


def check_training(root, env, out_dir):
    """An installed example that reads a CSV trains from the installed data."""
    examples = sorted((root / "usr/share/neuroweave/examples").glob("*.nwproj"))
    example = next((p for p in examples if ".csv" in p.read_text()), None)
    if example is None:
        fail("no installed example reads a CSV file")
        return
    trained = out_dir / "trained.nwproj"
    result = run([str(root / "usr/bin/neuroweave-cli"), "train", str(example), "--epochs", "2", "-o", str(trained)],
                 env=env, timeout=600)
    if result.returncode == 0 and trained.exists():
        ok(f"neuroweave-cli trains {example.name} from its installed data")
    else:
        fail(f"neuroweave-cli train {example.name} exited {result.returncode}: {result.stderr.strip()[-400:]}")


def check_desktop_integration(root):
    desktop_files = sorted((root / "usr/share/applications").glob("*.desktop"))
    for desktop in desktop_files:
        result = run(["desktop-file-validate", str(desktop)])
        errors = [line for line in (result.stdout + result.stderr).splitlines() if "error:" in line]
        if result.returncode == 0 and not errors:
            ok(f"desktop-file-validate {desktop.name}")
        else:
            fail(f"desktop-file-validate {desktop.name}: {errors or result.returncode}")
        exec_line = re.search(r"^Exec=(\S+)", desktop.read_text(), re.MULTILINE)
        if not exec_line or not (root / "usr/bin" / exec_line.group(1)).exists():
            fail(f"{desktop.name} starts a program the package does not install")
    if not desktop_files:
        fail("the package installs no desktop entry")
    metainfo = sorted((root / "usr/share/metainfo").glob("*.metainfo.xml"))
    for file in metainfo:
        result = run(["appstreamcli", "validate", "--no-net", "--no-color", str(file)])
        if result.returncode == 0:
            ok(f"appstreamcli validate {file.name}")
        else:
            fail(f"appstreamcli validate {file.name}: {result.stdout.strip()}")
    if not metainfo:
        fail("the package installs no AppStream metadata")
    tree = run(["appstreamcli", "validate-tree", "--no-net", "--no-color", str(root)])
    if tree.returncode == 0:
        ok("appstreamcli validate-tree: metadata, desktop entry and icon agree")
    else:
        fail(f"appstreamcli validate-tree: {tree.stdout.strip()}")


def installed_packages():
    """name -> (dependency alternatives, provided names) for every installed package."""
    fields = "${Package}\t${Status}\t${Pre-Depends}\t${Depends}\t${Provides}\n"
    packages = {}
    for line in run(["dpkg-query", "-W", "-f", fields]).stdout.splitlines():
        name, status, pre_depends, depends, provides = line.split("\t")
        if status.endswith(" installed"):
            packages[name] = (parse_depends(", ".join(filter(None, [pre_depends, depends]))),
                              [strip_version(p) for p in provides.split(",") if p.strip()])
    return packages


def strip_version(relation):
    return re.sub(r"\s*\(.*?\)|:any|:\S+", "", relation).strip()


def parse_depends(text):
    return [[strip_version(alt) for alt in group.split("|")] for group in text.split(",") if group.strip()]


def dependency_closure(declared, packages):
    """The installed packages that installing something with these Depends brings in."""
    providers = {}
    for name, (_, provides) in packages.items():
        providers.setdefault(name, set()).add(name)
        for virtual in provides:
            providers.setdefault(virtual, set()).add(name)
    closure, pending = set(), [alt for group in declared for alt in group]
    while pending:
        for package in providers.get(pending.pop(), ()):
            if package not in closure:
                closure.add(package)
                pending.extend(alt for group in packages[package][0] for alt in group)
    return closure


def owning_package(path):
    real = Path(os.path.realpath(path))
    candidates = {str(path), str(real)}
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.add(candidate[len("/usr"):])
        elif candidate.startswith("/lib"):
            candidates.add("/usr" + candidate)
    for candidate in sorted(candidates):
        result = run(["dpkg-query", "-S", candidate])
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def check_dependencies(deb, root, loaded):
    declared = parse_depends(control_field(deb, "Depends"))
    if not declared:
        fail("the package declares no dependencies")
        return
    closure = dependency_closure(declared, installed_packages())
    owners = {}
    for path in sorted(loaded):
        if str(path).startswith(str(root)):
            continue  # the package's own files
        owners.setdefault(owning_package(path), []).append(path.name)
    for owner, libraries in sorted(owners.items(), key=lambda item: str(item[0])):
        if owner is None:
            fail(f"no installed package owns {', '.join(libraries)}")
        elif owner not in closure:
            fail(f"{owner} provides {', '.join(libraries[:4])} but the package's Depends do not pull it in")
    covered = sum(len(libs) for owner, libs in owners.items() if owner in closure)
    if covered and all(owner in closure for owner in owners):
        ok(f"the {covered} libraries and plugins the designer loaded come from "
           f"{len(owners)} packages that Depends ({len(declared)} entries) pulls in")
    if not loaded:
        fail("the dynamic linker reported no libraries; LD_DEBUG=libs gave nothing to check")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    deb = Path(sys.argv[1]).resolve()
    if not deb.exists():
        sys.exit(f"package-test: {deb} does not exist; run make package first")
    version = control_field(deb, "Version")
    print(f"package-test: {deb.name}, version {version}, depends: {control_field(deb, 'Depends')}")
    work = Path(tempfile.mkdtemp(prefix="neuroweave-package-test-"))
    try:
        root, home, out_dir = work / "root", work / "home", work / "out"
        for directory in (root, home, out_dir):
            directory.mkdir()
        unpack(deb, root)
        env = isolated_environment(home)
        check_linking(root)
        check_versions(root, version, env)
        loaded = check_examples(root, env, out_dir)
        check_training(root, env, out_dir)
        check_desktop_integration(root)
        check_dependencies(deb, root, loaded)
        if failures and os.environ.get("KEEP_PACKAGE_TEST"):
            print(f"package-test: kept {work}")
            work = None
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"package-test: {len(failures)} failure(s)")
        return 1
    print("package-test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
