# str.encode/bytes.decode with codecs that live in Python (encodings package, codecs.register) and error handlers
import codecs

def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("punycode encode", lambda: ("bücher".encode("punycode"), "abc".encode("punycode"), "münchen-straße".encode("punycode")))
attempt("punycode decode", lambda: (b"bcher-kva".decode("punycode"), b"abc-".decode("punycode")))
attempt("punycode bad", lambda: b"\xff".decode("punycode"))
attempt("rot13 via str", lambda: "hello".encode("rot13"))
attempt("rot13 via codecs", lambda: codecs.encode("hello", "rot13"))
attempt("hex via bytes.decode", lambda: b"6869".decode("hex"))
attempt("hex via codecs", lambda: (codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex")))
attempt("base64 via codecs", lambda: (codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64")))
attempt("uu via str", lambda: "x".encode("uu"))
attempt("unknown", lambda: "x".encode("no-such-codec"))
attempt("unknown decode", lambda: b"x".decode("no-such-codec"))

def shout_search(name):
    if name != "shout":
        return None
    enc = lambda s, errors="strict": (s.upper().encode("ascii"), len(s))
    dec = lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b))
    return codecs.CodecInfo(enc, dec, name="shout")
codecs.register(shout_search)
attempt("custom encode", lambda: "hi there".encode("shout"))
attempt("custom decode", lambda: b"HI THERE".decode("shout"))
attempt("custom lookup", lambda: (codecs.lookup("SHOUT").name, codecs.lookup("shout")._is_text_encoding))

def bad_search(name):
    if name == "returns_str":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)), name="returns_str")
    if name == "not_text":
        return codecs.CodecInfo(lambda s, e="strict": (s, 1), lambda b, e="strict": (b, 1), name="not_text", _is_text_encoding=False)
    return None
codecs.register(bad_search)
attempt("encoder returns str", lambda: "x".encode("returns_str"))
attempt("decoder returns bytes", lambda: b"x".decode("returns_str"))
attempt("not a text encoding", lambda: "x".encode("not_text"))
attempt("not a text decoding", lambda: b"x".decode("not_text"))
attempt("codecs.encode not text ok", lambda: codecs.encode("x", "not_text"))

attempt("replace", lambda: b"a\xffb\xc3".decode("utf-8", "replace"))
attempt("backslashreplace", lambda: (b"a\xffb".decode("utf-8", "backslashreplace"), "é\U0001F600".encode("ascii", "backslashreplace")))
attempt("surrogateescape", lambda: ascii(b"a\xffb".decode("utf-8", "surrogateescape")))
attempt("surrogateescape back", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
attempt("xmlcharref", lambda: "é\U0001F600".encode("ascii", "xmlcharrefreplace"))
attempt("namereplace", lambda: "é\u20ac".encode("ascii", "namereplace"))
attempt("surrogatepass", lambda: ("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800"))
attempt("unknown handler", lambda: b"\xff".decode("utf-8", "bogus"))
codecs.register_error("question", lambda exc: ("?" * (exc.end - exc.start), exc.end))
attempt("custom handler", lambda: ("aéb".encode("ascii", "question"), b"a\xff\xfeb".decode("ascii", "question")))
codecs.register_error("as_bytes", lambda exc: (b"<%d>" % exc.start, exc.end))
codecs.register_error("skip_rest", lambda exc: ("|", -1) if isinstance(exc, UnicodeEncodeError) else ("|", len(exc.object)))
codecs.register_error("broken", lambda exc: "not a tuple")
codecs.register_error("far", lambda exc: ("", 100))
attempt("handler bytes", lambda: "aéb€".encode("latin-1", "as_bytes"))
attempt("handler negative pos", lambda: "aéécd".encode("ascii", "skip_rest"))
attempt("handler decode end", lambda: b"ab\xffcd".decode("utf-8", "skip_rest"))
attempt("handler bad result", lambda: "é".encode("ascii", "broken"))
attempt("handler bad decode result", lambda: b"\xff".decode("ascii", "broken"))
attempt("handler out of bounds", lambda: "é".encode("ascii", "far"))
attempt("handler cp1252", lambda: ("a\u0101b".encode("cp1252", "question"), b"a\x81b".decode("cp1252", "question")))
attempt("handler sees error", lambda: codecs.register_error("peek", lambda e: (print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason), ("", e.end))[1]) or "x\u0101y".encode("ascii", "peek"))
attempt("utf-8-sig", lambda: ("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig")))
attempt("cp1252", lambda: ("€".encode("cp1252"), b"\x80\x99".decode("cp1252")))
attempt("unicode_escape", lambda: (b"a\\n\\u00e9".decode("unicode_escape"), "é\n".encode("unicode_escape")))
