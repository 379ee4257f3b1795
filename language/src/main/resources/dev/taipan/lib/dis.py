"""Disassembler of Taipan code objects.

Taipan's own dis module (CPython's dis.py describes CPython's bytecode, which Taipan does not
have). A Taipan code object runs as Truffle Bytecode DSL instructions; dis shows them with their
source lines. The evaluation loop rewrites instructions as it learns the types it sees
("quickening": load.local becomes load.local$Long) and picks specializations inside each
operation; dis(x, adaptive=True) shows those forms, so you can watch a function specialise.
"""

import collections
import sys
import types

import _taipan

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "get_instructions",
           "show_code", "pretty_flags", "Bytecode", "Instruction", "Positions", "COMPILER_FLAG_NAMES"]

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

Positions = collections.namedtuple("Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"], defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target", "positions", "specialized"],
    defaults=[None, None])


class Instruction(_Instruction):
    """One instruction: opname is the operation (LOAD_LOCAL), specialized the form the
    interpreter runs now (load.local$Long) with its active specializations."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=5, adaptive=False):
        fields = []
        if lineno_width:
            fields.append(f"{self.starts_line:>{lineno_width}}" if self.starts_line is not None else " " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(f"{self.offset:>{offset_width}}")
        name = self.specialized if adaptive and self.specialized else self.opname
        fields.append(f"{name:<28}")
        if self.argrepr:
            fields.append(self.argrepr)
        return " ".join(fields).rstrip()


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object of x (function, method, generator, class, source string, code)."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _try_compile(source, name):
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def _op_name(dsl_name):
    """load.local$Long -> LOAD_LOCAL; c.LoadGlobal -> LOAD_GLOBAL."""
    base = dsl_name.split("$", 1)[0]
    if base.startswith("c."):
        base = base[2:]
        out = []
        for i, ch in enumerate(base):
            if ch.isupper() and i and not base[i - 1].isupper():
                out.append("_")
            out.append(ch)
        return "".join(out).upper()
    return base.replace(".", "_").upper()


def _instructions(co, adaptive):
    tier, raw = _taipan.code_instructions(co)
    targets = set()
    for offset, name, args, *rest in raw:
        for kind, argname, argrepr, value in args:
            if kind == "bytecode_index" and argname != "child0":
                targets.add(value)
    last_line = None
    for offset, name, args, line, end_line, col, end_col, opcode in raw:
        shown = [a for a in args if a[0] not in ("node_profile", "branch_profile")]
        argrepr = ", ".join(a[2] for a in shown if a[2])
        arg = shown[0][3] if shown else None
        argval = shown[0][3] if shown else None
        specialized = name
        if adaptive:
            profiles = [a[2] for a in args if a[0] in ("node_profile", "branch_profile") and a[2]]
            if profiles:
                specialized = name + " " + " ".join(profiles)
        starts = line if line != last_line else None
        if line is not None:
            last_line = line
        yield Instruction(_op_name(name), opcode, arg, argval, argrepr, offset, starts, offset in targets,
                          Positions(line, end_line, col, end_col), specialized)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the Instructions of a function, method, code object or source string."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for ins in _instructions(co, adaptive):
        if shift and ins.starts_line is not None:
            ins = ins._replace(starts_line=ins.starts_line + shift)
        yield ins


def findlinestarts(code):
    """(offset, lineno) where each source line's instructions begin."""
    for ins in _instructions(code, False):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


def _nested_codes(co):
    return [c for c in co.co_consts if hasattr(c, "co_code")]


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    file = file if file is not None else sys.stdout
    tier = _taipan.code_instructions(co)[0]
    if adaptive:
        print(f"  ({tier} tier)", file=file)
    for ins in _instructions(co, adaptive):
        if ins.starts_line is not None and ins.offset > 0:
            print(file=file)
        print(ins._disassemble(mark_as_current=ins.offset == lasti, adaptive=adaptive), file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in _nested_codes(co):
            print(file=file)
            print(f"Disassembly of {x!r}:", file=file)
            _disassemble_recursive(x, file=file, depth=depth, adaptive=adaptive)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source strings.

    With adaptive=True, shows the quickened instructions and active specializations the
    interpreter has settled on so far (run the code first to warm it up)."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if isinstance(x, type) or isinstance(x, types.ModuleType):
        items = sorted(vars(x).items()) if isinstance(x, type) else sorted(x.__dict__.items())
        for name, value in items:
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if isinstance(value, (types.FunctionType, types.MethodType, type, types.CodeType)) and not isinstance(value, type):
                print(f"Disassembly of {name}:", file=file)
                try:
                    dis(value, file=file, depth=depth, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
        return
    _disassemble_recursive(_get_code_object(x), file=file, depth=depth, adaptive=adaptive)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, adaptive=adaptive)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a piece of code, iterable as Instruction objects."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset
        self.adaptive = adaptive

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line, adaptive=self.adaptive)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, adaptive=adaptive)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        disassemble(self.codeobj, -1 if self.current_offset is None else self.current_offset, file=out, adaptive=self.adaptive)
        return out.getvalue()
