"""Taipan's _ast: the node classes of Python 3.12's abstract grammar.

ast.parse() is compile(..., PyCF_ONLY_AST): Taipan's parser (dev.taipan.parser) renders its tree
in ast.dump's notation with positions, which _from_dump evaluates against these classes.
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    _optional = frozenset()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            n = len(cls._fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _define(name, base, fields, optional=(), attributes=None):
    ns = {"_fields": tuple(fields), "__match_args__": tuple(fields), "_optional": frozenset(optional) | base._optional if base is not AST else frozenset(optional),
          "__module__": "ast"}
    if attributes is not None:
        ns["_attributes"] = attributes
    for field in optional:
        ns[field] = None   # optional fields read as None unless given (and ast.dump leaves them out)
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _category(name, attributes=()):
    cls = type(name, (AST,), {"_attributes": attributes, "__module__": "ast"})
    if attributes == _POSITIONS:
        cls._optional = frozenset(("end_lineno", "end_col_offset"))
        cls.end_lineno = cls.end_col_offset = None
    globals()[name] = cls
    return cls


AST.__module__ = "ast"

mod = _category("mod")
_define("Module", mod, ["body", "type_ignores"])
_define("Interactive", mod, ["body"])
_define("Expression", mod, ["body"])
_define("FunctionType", mod, ["argtypes", "returns"])

stmt = _category("stmt", _POSITIONS)
for _n in ("FunctionDef", "AsyncFunctionDef"):
    _define(_n, stmt, ["name", "args", "body", "decorator_list", "returns", "type_comment", "type_params"], ["returns", "type_comment"])
_define("ClassDef", stmt, ["name", "bases", "keywords", "body", "decorator_list", "type_params"])
_define("Return", stmt, ["value"], ["value"])
_define("Delete", stmt, ["targets"])
_define("Assign", stmt, ["targets", "value", "type_comment"], ["type_comment"])
_define("TypeAlias", stmt, ["name", "type_params", "value"])
_define("AugAssign", stmt, ["target", "op", "value"])
_define("AnnAssign", stmt, ["target", "annotation", "value", "simple"], ["value"])
for _n in ("For", "AsyncFor"):
    _define(_n, stmt, ["target", "iter", "body", "orelse", "type_comment"], ["type_comment"])
_define("While", stmt, ["test", "body", "orelse"])
_define("If", stmt, ["test", "body", "orelse"])
for _n in ("With", "AsyncWith"):
    _define(_n, stmt, ["items", "body", "type_comment"], ["type_comment"])
_define("Match", stmt, ["subject", "cases"])
_define("Raise", stmt, ["exc", "cause"], ["exc", "cause"])
for _n in ("Try", "TryStar"):
    _define(_n, stmt, ["body", "handlers", "orelse", "finalbody"])
_define("Assert", stmt, ["test", "msg"], ["msg"])
_define("Import", stmt, ["names"])
_define("ImportFrom", stmt, ["module", "names", "level"], ["module", "level"])
_define("Global", stmt, ["names"])
_define("Nonlocal", stmt, ["names"])
_define("Expr", stmt, ["value"])
for _n in ("Pass", "Break", "Continue"):
    _define(_n, stmt, [])

expr = _category("expr", _POSITIONS)
_define("BoolOp", expr, ["op", "values"])
_define("NamedExpr", expr, ["target", "value"])
_define("BinOp", expr, ["left", "op", "right"])
_define("UnaryOp", expr, ["op", "operand"])
_define("Lambda", expr, ["args", "body"])
_define("IfExp", expr, ["test", "body", "orelse"])
_define("Dict", expr, ["keys", "values"])
_define("Set", expr, ["elts"])
_define("ListComp", expr, ["elt", "generators"])
_define("SetComp", expr, ["elt", "generators"])
_define("DictComp", expr, ["key", "value", "generators"])
_define("GeneratorExp", expr, ["elt", "generators"])
_define("Await", expr, ["value"])
_define("Yield", expr, ["value"], ["value"])
_define("YieldFrom", expr, ["value"])
_define("Compare", expr, ["left", "ops", "comparators"])
_define("Call", expr, ["func", "args", "keywords"])
_define("FormattedValue", expr, ["value", "conversion", "format_spec"], ["format_spec"])
_define("JoinedStr", expr, ["values"])
_define("Constant", expr, ["value", "kind"], ["kind"])
_define("Attribute", expr, ["value", "attr", "ctx"])
_define("Subscript", expr, ["value", "slice", "ctx"])
_define("Starred", expr, ["value", "ctx"])
_define("Name", expr, ["id", "ctx"])
_define("List", expr, ["elts", "ctx"])
_define("Tuple", expr, ["elts", "ctx"])
_define("Slice", expr, ["lower", "upper", "step"], ["lower", "upper", "step"])

expr_context = _category("expr_context")
for _n in ("Load", "Store", "Del"):
    _define(_n, expr_context, [])
boolop = _category("boolop")
for _n in ("And", "Or"):
    _define(_n, boolop, [])
operator = _category("operator")
for _n in ("Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"):
    _define(_n, operator, [])
unaryop = _category("unaryop")
for _n in ("Invert", "Not", "UAdd", "USub"):
    _define(_n, unaryop, [])
cmpop = _category("cmpop")
for _n in ("Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"):
    _define(_n, cmpop, [])

_define("comprehension", AST, ["target", "iter", "ifs", "is_async"])
excepthandler = _category("excepthandler", _POSITIONS)
_define("ExceptHandler", excepthandler, ["type", "name", "body"], ["type", "name"])
_define("arguments", AST, ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"], ["vararg", "kwarg"])
_define("arg", AST, ["arg", "annotation", "type_comment"], ["annotation", "type_comment", "end_lineno", "end_col_offset"], _POSITIONS)
_define("keyword", AST, ["arg", "value"], ["arg", "end_lineno", "end_col_offset"], _POSITIONS)
_define("alias", AST, ["name", "asname"], ["asname", "end_lineno", "end_col_offset"], _POSITIONS)
_define("withitem", AST, ["context_expr", "optional_vars"], ["optional_vars"])
_define("match_case", AST, ["pattern", "guard", "body"], ["guard"])

pattern = _category("pattern", _POSITIONS)
_define("MatchValue", pattern, ["value"])
_define("MatchSingleton", pattern, ["value"])
_define("MatchSequence", pattern, ["patterns"])
_define("MatchMapping", pattern, ["keys", "patterns", "rest"], ["rest"])
_define("MatchClass", pattern, ["cls", "patterns", "kwd_attrs", "kwd_patterns"])
_define("MatchStar", pattern, ["name"], ["name"])
_define("MatchAs", pattern, ["pattern", "name"], ["pattern", "name"])
_define("MatchOr", pattern, ["patterns"])

type_ignore = _category("type_ignore")
_define("TypeIgnore", type_ignore, ["lineno", "tag"])
type_param = _category("type_param", _POSITIONS)
_define("TypeVar", type_param, ["name", "bound"], ["bound"])
_define("ParamSpec", type_param, ["name"])
_define("TypeVarTuple", type_param, ["name"])

del _n


def _from_dump(text):
    """The node tree written out by Taipan's parser (ast.dump notation with positions)."""
    namespace = {k: v for k, v in globals().items() if isinstance(v, type) and issubclass(v, AST)}
    namespace["inf"] = float("inf")
    namespace["infj"] = complex(0, float("inf"))
    namespace["__builtins__"] = {"Ellipsis": Ellipsis, "None": None, "True": True, "False": False, "complex": complex}
    return eval(text, namespace)
