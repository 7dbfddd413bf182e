"""Runs the real Azure CLI's parser over every `az` command of the scripts in a folder.

Usage: az-parse.py <folder of *.sh written by `cargo run --example az-scripts`>

Each command runs in this one Python process through azure.cli.core (one `az` process per
command would cost a second each). Nobody is logged in and no network is reachable, so a command
whose flags and values the parser accepts stops at "Please run 'az login'" (exit 1): that is a
pass. An unknown flag or a value outside a flag's choices fails in the parser with exit 2 before
any login: that, and any other error, is a failure. Shell variables are replaced by plausible
values and resource IDs.
"""

import io
import os
import shlex
import shutil
import sys
import tempfile
import time

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"


def isolate():
    """A throwaway home (`--generate-ssh-keys` writes a key there) and CLI config, no telemetry,
    no extension installs, no network."""
    home = tempfile.mkdtemp(prefix="az-parse-")
    os.environ.update(
        HOME=home,
        AZURE_CONFIG_DIR=os.path.join(home, ".azure"),
        AZURE_CORE_COLLECT_TELEMETRY="0",
        AZURE_CORE_NO_COLOR="1",
        AZURE_CORE_SURVEY_MESSAGE="false",
        AZURE_EXTENSION_USE_DYNAMIC_INSTALL="no",
        # Anything that still tries the network is refused at once instead of hanging.
        HTTP_PROXY="http://127.0.0.1:9",
        HTTPS_PROXY="http://127.0.0.1:9",
        NO_PROXY="",
    )
    return home


def commands(script):
    """The script's `az` commands as argument lists, its variables replaced by values. A file the
    script writes (`cat > name <<'EOF'` … `EOF`, a custom kubelet configuration) is skipped: the
    parser stops at the login before any file is read."""
    values = {}
    out = []
    heredoc = None
    for line in script.replace("\\\n", " ").splitlines():
        line = line.strip()
        if heredoc is not None:
            if line == heredoc:
                heredoc = None
            continue
        if line.startswith("cat > ") and line.endswith("<<'EOF'"):
            heredoc = "EOF"
            continue
        if not line or line.startswith("#") or line.startswith("set "):
            continue
        target = None
        if "=$(" in line and line.endswith(")"):
            target, line = line.split("=$(", 1)
            line = line[:-1]
        elif "=" in line.split(" ", 1)[0] and not line.startswith("az "):
            name, value = line.split("=", 1)
            values[name] = shlex.split(value, comments=True)[0]
            continue
        args = shlex.split(line)
        if not args or args[0] != "az":
            raise ValueError(f"not an az command: {line}")
        args = [substitute(a, values) for a in args[1:]]
        if target:
            # `X_ID=$(az network vnet subnet show … --name N …)`: the subnet's resource ID.
            name = args[args.index("--name") + 1]
            values[target] = subnet_id(values, name)
        out.append(args)
    if heredoc is not None:
        raise ValueError("a here-document is not closed")
    return out


def subnet_id(values, name):
    return (
        f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{values.get('RG', 'rg')}"
        f"/providers/Microsoft.Network/virtualNetworks/{values.get('VNET', 'vnet')}/subnets/{name}"
    )


def substitute(arg, values):
    for name in sorted(values, key=len, reverse=True):
        arg = arg.replace(f"${name}", values[name])
    if "$" in arg:
        raise ValueError(f"unknown shell variable in {arg!r}")
    return arg


def run(cli_factory, args, err):
    err.seek(0)
    err.truncate()
    try:
        code = cli_factory().invoke(args, out_file=open(os.devnull, "w"))
    except SystemExit as e:
        code = e.code
    return code, err.getvalue()


def main():
    if len(sys.argv) != 2:
        print("usage: az-parse.py <folder>", file=sys.stderr)
        return 2
    folder = sys.argv[1]
    home = isolate()
    started = time.monotonic()
    real_stderr = sys.stderr
    # The CLI's log handler keeps the stream it first sees: one buffer, emptied per command.
    err = io.StringIO()
    sys.stderr = err
    try:
        from azure.cli.core import __version__, get_default_cli
    finally:
        sys.stderr = real_stderr
    failures = []
    count = 0
    scripts = sorted(f for f in os.listdir(folder) if f.endswith(".sh"))
    sys.stderr = err
    try:
        for file in scripts:
            with open(os.path.join(folder, file), encoding="utf-8") as f:
                cmds = commands(f.read())
            for args in cmds:
                count += 1
                code, text = run(get_default_cli, args, err)
                if code == 1 and "az login" in text:
                    continue
                failures.append((file, args, code, text.strip()))
    finally:
        sys.stderr = real_stderr
        shutil.rmtree(home, ignore_errors=True)
    elapsed = time.monotonic() - started
    for file, args, code, text in failures:
        # The parser's own error, without the examples of the command's help after it.
        first = text.split("\n\n", 1)[0]
        print(f"az-parse: {file}: az {shlex.join(args)}\n  exit {code}: {first}", file=sys.stderr)
    sys.stderr.flush()
    if not scripts or count == 0:
        print(f"az-parse: no az commands in {folder}", file=sys.stderr)
        return 1
    status = "failed" if failures else "passed"
    print(
        f"az-parse: {count - len(failures)} passed, {len(failures)} failed: {count} az commands "
        f"of {len(scripts)} scripts {status} azure-cli {__version__}'s parser in {elapsed:.1f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
