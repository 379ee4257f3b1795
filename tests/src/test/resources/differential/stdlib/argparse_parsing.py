# argparse: parse_args on explicit lists, defaults, types, choices, subcommands, errors without exiting
import argparse

p = argparse.ArgumentParser(prog="tool", description="demo", exit_on_error=False)
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", dest="tags")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-cache", action="store_false", dest="cache")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--const", action="store_const", const=42)
p.add_argument("rest", nargs="*")

def show(ns):
    print(sorted(vars(ns).items()))

show(p.parse_args(["in.txt"]))
show(p.parse_args(["a", "b", "c", "d", "-vvv", "--count", "5", "--tag", "x", "--tag=y", "--flag", "--no-cache", "--pair", "1", "2", "--const"]))
show(p.parse_args(["--mode", "slow", "x", "-n3"]))
ns, extra = p.parse_known_args(["x", "y", "--unknown"])
print(sorted(vars(ns).items()), extra)
for bad in [["x", "--count", "abc"], ["x", "--pair", "1"]]:
    try:
        p.parse_args(bad)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e)
print(p.format_usage().strip())

sub = argparse.ArgumentParser(prog="git", exit_on_error=False)
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m", "--message", required=True)
a = sp.add_parser("add")
a.add_argument("paths", nargs="+")
show(sub.parse_args(["commit", "-m", "msg"]))
show(sub.parse_args(["add", "a.py", "b.py"]))
show(sub.parse_args([]))

g = argparse.ArgumentParser(prog="g", exit_on_error=False)
grp = g.add_mutually_exclusive_group()
grp.add_argument("--on", action="store_true")
grp.add_argument("--off", action="store_true")
show(g.parse_args(["--on"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, "a" in ns, argparse.Namespace() == argparse.Namespace())
h = argparse.ArgumentParser(prog="h", add_help=False)
h.add_argument("--size", type=float, help="size in units", default=1.5)
h.add_argument("name", help="the name")
print(h.format_help())
