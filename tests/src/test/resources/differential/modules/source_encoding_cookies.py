# PEP 263: an imported module's bytes decode with the coding cookie of its first two lines.
import importlib
import os
import sys
import tempfile

CASES = {
    "enc_latin1": b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n",
    "enc_latin9": b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\ns = '\xa4 \xbd'\n",
    "enc_latin1_unix": b"# coding=latin-1-unix\ns = '\xfc'\n",
    "enc_cp1252": b"# coding: cp1252\ns = '\x80\x93'\n",
    "enc_bom": b"\xef\xbb\xbfs = '\xc3\xa9 bom'\n",
    "enc_utf8_sig": b"# coding: utf-8-sig\ns = '\xe2\x82\xac'\n",
    "enc_default": b"s = '\xce\xbb'\n",
    # a cookie after a line of code does not count: the file is UTF-8
    "enc_late_cookie": b"x = 1\n# coding: latin-1\ns = '\xc3\xa9'\n",
    "enc_blank_first": b"\n# coding: latin-1\ns = '\xe9'\n",
}

with tempfile.TemporaryDirectory() as d:
    for name, data in CASES.items():
        with open(os.path.join(d, name + ".py"), "wb") as f:
            f.write(data)
    sys.path.insert(0, d)
    try:
        for name in CASES:
            m = __import__(name)
            print(name, ascii(m.s), len(m.s))
            del sys.modules[name]
            again = importlib.import_module(name)
            print(" again", ascii(again.s), again is not m)
    finally:
        sys.path.remove(d)

# compile() and exec() of bytes follow the same rule
for name, data in CASES.items():
    ns = {}
    exec(compile(data, name, "exec"), ns)
    print("compile", name, ascii(ns["s"]))
