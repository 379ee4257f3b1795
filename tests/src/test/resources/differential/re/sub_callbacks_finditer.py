# re: sub with functions and counts, finditer match objects, named groups, split with groups, fullmatch
import re

def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", double, "a1 b22 c333"))
print(re.sub(r"(?P<word>\w+)@(\w+)", lambda m: m["word"].upper() + " at " + m.group(2), "joe@x, ann@y"))
print(re.subn(r"a", "-", "banana", count=2), re.subn("x", "y", "none"))
print(re.sub(r"(\w)(\w)", r"\2\1", "abcdef"), re.sub(r"(?P<a>x)", r"[\g<a>\g<0>\g<1>]", "axb"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace "), re.sub("(?i)HELLO", "bye", "Hello hello"))

for m in re.finditer(r"(?P<key>\w+)=(?P<val>\d+)", "a=1, bb=22,ccc=333"):
    print(m.group(0), m.start(), m.end(), m.span("val"), m.groupdict(), m.lastgroup, m.lastindex, m["key"])
m = re.search(r"(a)(b)?(c)", "xxac")
print(m.groups(), m.groups("-"), m.group(1, 3), m.span(2), m.start(2), m.re.pattern, m.string, m.pos, m.endpos)
print(m.expand(r"<\3\1>"), repr(m)[:28])

print(re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,,c", maxsplit=2), re.split(r"(\d)(x)?", "a1b2xc"), re.split(r"\W*", "ab cd"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\w\d", "a1 b2"), re.findall(r"(\w)?\d", "1 a2"), re.findall("", "ab"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a|ab", "ab").group(), re.fullmatch(r"a|ab", "ab").group())
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)", re.I)
print(p.groups, p.groupindex, p.flags & re.I, p.pattern, p.match("John Smith").group("last"), p.sub(r"\g<last>, \g<first>", "John Smith"))
print(p.search("xx Ann Lee yy", 3).span(), p.match("xx Ann Lee", 3), p.fullmatch("Ann Lee", 0, 7) is not None)
print(re.escape("a.b*c?d[e]"), re.escape("plain_123"), re.escape("tab\there"))
print(re.match(r"(?x) a \s b  # comment", "a b").group(), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.search(r"(?<=\$)\d+", "cost $42").group(), re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3"))
print(re.findall(r"(a+?)(a*)", "aaa"), re.match(r"(a|b)*c", "ababc").group(1), re.match(r"(?:ab)+", "ababx").group())
for bad in [lambda: re.sub("(", "", "x"), lambda: re.sub("a", r"\9", "a"), lambda: re.sub("(?P<n>a)", r"\g<m>", "a"), lambda: re.compile("a{2,1}"),
            lambda: re.search("x", "x").group(2), lambda: re.search("(?P<n>x)", "x").group("zz"), lambda: re.compile(r"\p")]:
    try:
        print(bad())
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r"a", lambda m: None or "", "aXa"), re.purge(), type(re.compile("x")).__name__, re.compile("x") == re.compile("x"))
