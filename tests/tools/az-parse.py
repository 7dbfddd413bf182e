"""Runs the real Azure CLI's parser over every `az` command of the scripts in a folder.

Usage: az-parse.py <folder of *.sh written by `cargo run --example az-scripts`>

Each script first runs under bash in an empty folder with `az` replaced by a shell function
that records its arguments, so the arguments are exactly what bash makes of the script's
quoting and variables (a subnet's `$(az network vnet subnet show …)` gets a plausible resource
ID). If a value got out of its quotes and ran a command (the hostile names of the az-scripts
plans `touch pwned`), a file appears in that folder: that fails the script.

Each recorded command then runs in this one Python process through azure.cli.core (one `az`
process per command would cost a second each). Nobody is logged in and no network is reachable,
so a command whose flags and values the parser accepts stops at "Please run 'az login'" (exit
1): that is a pass. An unknown flag or a value outside a flag's choices fails in the parser
with exit 2 before any login: that, and any other error, is a failure, except the refusals
listed in EXPECTED, which must happen exactly as listed.

`az network firewall …` (the egress export's Azure Firewall policy rules) is not in azure-cli
itself but in the azure-firewall extension, which is installed from the CLI's extension index
(`az extension add --name azure-firewall`) and so cannot be installed offline. Those commands
still run under bash as above; the parser checks them only where the extension is installed
(point AZURE_EXTENSION_DIR at a folder that has it). Otherwise each is counted and reported as
"not checked: needs the azure-firewall extension", never silently passed.
"""

import io
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"

# Commands in an extension, not in azure-cli: (the command's first words, the extension).
EXTENSION_COMMANDS = [(["network", "firewall"], "azure-firewall")]

# What the core CLI's parser refuses on purpose: (script, the command's first words, the start
# of the parser's error). Each must happen: if azure-cli starts accepting it, the export's
# comment is out of date.
EXPECTED = [
    # `block` (preview) is an aks-preview value; the export says so in a comment.
    (
        "outbound-block.sh",
        ["aks", "create"],
        "'block' is not a valid value for '--outbound-type'",
    ),
    # A cluster name with quotes, `$( )` and backticks: invalid (a finding of the plan), and az
    # refuses it whole, which shows it reached az as one argument.
    ("hostile-names.sh", ["aks", "create"], "--name cannot exceed 63 characters"),
]

# The recording `az`: the argument count, then each argument, NUL-separated.
STUB = r"""
az() {
    printf '%s\0' "$#" "$@" >> "$AZ_LOG"
    if [ "$1 $2 $3 $4" = "network vnet subnet show" ]; then
        local rg="" vnet="" name=""
        while [ $# -gt 0 ]; do
            case "$1" in
                --resource-group) rg=$2; shift ;;
                --vnet-name) vnet=$2; shift ;;
                --name) name=$2; shift ;;
            esac
            shift
        done
        printf '/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/virtualNetworks/%s/subnets/%s\n' \
            "$AZ_SUBSCRIPTION" "$rg" "$vnet" "$name"
    fi
}
"""


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


def commands(path):
    """The script's `az` commands as bash passes them, and the files it left besides the ones
    it writes on purpose (a custom kubelet configuration, `cat > kubelet-….json`)."""
    work = tempfile.mkdtemp(prefix="az-script-")
    log = os.path.join(work, ".az-log")
    stub = os.path.join(work, ".az-stub")
    with open(stub, "w", encoding="utf-8") as f:
        f.write(STUB)
    # The egress export takes the API server's public IP, known after create, from the
    # environment (a documentation address here).
    env = dict(
        os.environ, AZ_LOG=log, AZ_SUBSCRIPTION=SUBSCRIPTION, API_SERVER_IP="203.0.113.10"
    )
    try:
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-c", '. "$1" && . "$2"', "bash", stub, path],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise ValueError(f"bash exit {done.returncode}: {done.stderr.strip()}")
        # A script may run no az command at all (a network-isolated cluster's egress rules).
        fields = []
        if os.path.exists(log):
            with open(log, "rb") as f:
                fields = f.read().split(b"\0")
        out = []
        i = 0
        while i < len(fields) - 1:
            count = int(fields[i])
            out.append([a.decode("utf-8") for a in fields[i + 1 : i + 1 + count]])
            i += 1 + count
        stray = sorted(
            n
            for n in os.listdir(work)
            if not n.startswith(".az-") and not (n.startswith("kubelet-") and n.endswith(".json"))
        )
        return out, stray
    finally:
        shutil.rmtree(work, ignore_errors=True)


def installed(name):
    """Whether the CLI has extension `name` (in AZURE_EXTENSION_DIR or the isolated config)."""
    from azure.cli.core.extension import ExtensionNotInstalledException, get_extension

    try:
        get_extension(name)
        return True
    except ExtensionNotInstalledException:
        return False


def needs_extension(args):
    """The extension a command needs, or None for azure-cli's own commands."""
    return next((ext for words, ext in EXTENSION_COMMANDS if args[: len(words)] == words), None)


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
    refused = 0
    # Commands of an extension that is not installed, per extension.
    unchecked = {}
    have = {ext: installed(ext) for _, ext in EXTENSION_COMMANDS}
    expected = list(EXPECTED)
    scripts = sorted(f for f in os.listdir(folder) if f.endswith(".sh"))
    sys.stderr = err
    try:
        for file in scripts:
            cmds, stray = commands(os.path.join(folder, file))
            if stray:
                failures.append((file, ["(the script itself)"], 0, f"it left files: {stray}"))
            for args in cmds:
                count += 1
                ext = needs_extension(args)
                if ext and not have[ext]:
                    unchecked[ext] = unchecked.get(ext, 0) + 1
                    continue
                code, text = run(get_default_cli, args, err)
                if code == 1 and "az login" in text:
                    continue
                hit = next(
                    (
                        e
                        for e in expected
                        if e[0] == file and args[: len(e[1])] == e[1] and e[2] in text
                    ),
                    None,
                )
                if hit:
                    expected.remove(hit)
                    refused += 1
                    continue
                failures.append((file, args, code, text.strip()))
    finally:
        sys.stderr = real_stderr
        shutil.rmtree(home, ignore_errors=True)
    for file, words, message in expected:
        failures.append((file, words, 0, f"expected the parser to refuse it: {message}"))
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
    skipped = sum(unchecked.values())
    for ext, n in sorted(unchecked.items()):
        print(
            f"az-parse: {n} az commands not checked: needs the {ext} extension "
            f"(az extension add --name {ext}, from the extension index, so not offline; "
            f"set AZURE_EXTENSION_DIR to a folder that has it to check them)"
        )
    print(
        f"az-parse: {count - refused - skipped - len(failures)} passed, {refused} refused as "
        f"expected, {skipped} not checked, {len(failures)} failed: {count} az commands of "
        f"{len(scripts)} scripts {status} azure-cli {__version__}'s parser in {elapsed:.1f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
