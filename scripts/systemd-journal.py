"""Queries over `journalctl -o json` output, for scripts/systemd-test.sh.

    python3 scripts/systemd-journal.py JOURNAL.json COMMAND [ARGS...]

Entries are filtered by FIELD=VALUE (exact), FIELD~TEXT (the value contains
TEXT) and FIELD! (the field is absent); values that journald stores as bytes
(a JSON array of numbers) are decoded as UTF-8 with replacement.

Commands:
  count FILTER...          how many entries match
  get FIELD FILTER...      FIELD of the last matching entry (empty when none)
  show FILTER...           the matching entries' messages, one per line, escaped
  noise UNIT               entries from UNIT's own processes that are not the
                           daemon's structured lines, or that carry raw control
                           characters (log injection) or libdispatch noise
"""

import json
import sys

NOISE_TEXT = ("Failed to set thread priority",)


def value(entry, field):
    raw = entry.get(field)
    if isinstance(raw, list):  # bytes, or several values of one field
        if raw and all(isinstance(item, int) for item in raw):
            return bytes(raw).decode("utf-8", "replace")
        return " ".join(str(item) for item in raw)
    return raw


def matches(entry, filters):
    for spec in filters:
        if spec.endswith("!"):
            if spec[:-1] in entry:
                return False
        elif "~" in spec and ("=" not in spec or spec.index("~") < spec.index("=")):
            field, text = spec.split("~", 1)
            found = value(entry, field)
            if found is None or text not in found:
                return False
        else:
            field, expected = spec.split("=", 1)
            if value(entry, field) != expected:
                return False
    return True


def load(path):
    entries = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            line = line.strip()
            if line:
                entries.append(json.loads(line))
    return entries


def is_noise(entry, unit):
    if value(entry, "_SYSTEMD_UNIT") != unit or value(entry, "_PID") == "1":
        return False
    message = value(entry, "MESSAGE") or ""
    if value(entry, "_TRANSPORT") != "journal" or value(entry, "SYSLOG_IDENTIFIER") != "gluon2tf":
        return True  # raw stdout/stderr: not one of the daemon's structured lines
    if any(text in message for text in NOISE_TEXT):
        return True
    # An untrusted name must not bring raw control characters into a line.
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in message)


def main(argv):
    path, command, args = argv[1], argv[2], argv[3:]
    entries = load(path)
    if command == "count":
        print(sum(1 for e in entries if matches(e, args)))
    elif command == "get":
        found = [value(e, args[0]) for e in entries if matches(e, args[1:])]
        print(found[-1] if found and found[-1] is not None else "")
    elif command == "show":
        for e in entries:
            if matches(e, args):
                print(repr(value(e, "MESSAGE"))[1:-1])
    elif command == "noise":
        for e in entries:
            if is_noise(e, args[0]):
                print(
                    "%s: %s"
                    % (value(e, "_TRANSPORT"), repr(value(e, "MESSAGE") or "")[1:-1][:300])
                )
    else:
        print("unknown command " + command, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
