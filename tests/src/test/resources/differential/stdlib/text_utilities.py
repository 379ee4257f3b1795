# shlex, fnmatch, html, urllib.parse and difflib on small inputs
import shlex, fnmatch, html, difflib
from urllib import parse

print(shlex.split('ls -l "my file" \'single q\' esc\\ aped # not comment'), shlex.split("a # comment", comments=True))
print(shlex.quote("safe"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["echo", "a b", "c"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print(type(e).__name__, e)
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("a.txt", "?.txt"), fnmatch.fnmatch("x", "[!abc]"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".hidden.py"], "*.py"), fnmatch.translate("*.p[yw]"))
print(html.escape("<a href='x'>&\"</a>"), html.escape("<q>", quote=False), html.unescape("&lt;&gt;&amp;&quot;&#39;&#x41;&eacute;&nbsp;|&copy"))

u = parse.urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag")
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u.geturl(), parse.urlunparse(u._replace(fragment="")), parse.urlsplit("//host/p").netloc)
print(parse.parse_qs("a=1&a=2&b=&c=x%20y", keep_blank_values=True), parse.parse_qsl("k=v&k2=v+2"))
print(parse.urlencode({"q": "a b", "n": [1, 2]}, doseq=True), parse.urlencode([("x", "&=")]))
print(parse.quote("a b/c?d=é"), parse.quote_plus("a b&c"), parse.unquote("%41%20%e2%98%83"), parse.unquote_plus("a+b%2B"), parse.quote("/", safe=""))
print(parse.urljoin("http://a/b/c/d", "../e"), parse.urljoin("http://a/b/", "g?y"), parse.urljoin("http://a/b", "//other/x"), parse.urldefrag("http://a/b#c"))

a = ["one", "two", "three", "four"]
b = ["one", "too", "three", "five", "six"]
print(list(difflib.unified_diff(a, b, "a", "b", lineterm="")))
print(list(difflib.ndiff(["abc"], ["abd"])))
sm = difflib.SequenceMatcher(None, "abcdef", "abXdeY")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("x", ["y"]))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "old", "new")))
