# string.Template, string.capwords, constants and textwrap
import string, textwrap

t = string.Template("$who likes ${what}; $$ is literal")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(string.Template("$a $b").safe_substitute(a=1))
print(string.Template("${x}y $z").safe_substitute(x="X"))
try:
    string.Template("$a $b").substitute(a=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template("$a$b").get_identifiers(), string.Template("$ok ${fine}").is_valid())

class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %{age}").substitute(name="Bo", age=3))

print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25))
print(textwrap.shorten(text, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=5, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  x\n\n  y")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+", lambda line: True)))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10))
print(textwrap.fill("a b c d e f g", width=5, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilistic word", 8))
print(textwrap.wrap("supercalifragilistic word", 8, break_long_words=False))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder=" [...]")
print(w.wrap("one two three four five six seven"))
print(textwrap.wrap("tab\there", 20, expand_tabs=True, tabsize=4))
print(textwrap.wrap("a-b-c-d-e-f hyphenated-words-here", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
