# breakpoint() calls a replaced pdb.set_trace (a test's mock) as it is
import os, pdb
from unittest.mock import patch
os.environ["PYTHONBREAKPOINT"] = ""
with patch("pdb.set_trace") as mock:
    breakpoint()
    print(mock.call_count, mock.call_args)
os.environ["PYTHONBREAKPOINT"] = "0"
with patch("pdb.set_trace") as mock:
    breakpoint()
    print(mock.call_count)
del os.environ["PYTHONBREAKPOINT"]
with patch("pdb.set_trace") as mock:
    breakpoint(header="x")
    print(mock.call_count, mock.call_args)
