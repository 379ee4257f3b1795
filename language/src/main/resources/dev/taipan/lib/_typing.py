"""Taipan's _typing: the PEP 484/612/646/695 primitives that CPython 3.12 implements in C.

typing.py imports TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType
and Generic from here; the compiler's PEP 695 code (def f[T], class C[T], type X = ...) creates them
through the _make_* functions at the end. Like the C version, these call back into typing.py (which
may still be importing) for type checking, substitution and unions.
"""

import sys


def _idfunc(_, x):
    return x


def _typing(name):
    import typing
    return getattr(typing, name)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    return _typing('_type_check')(arg, msg)


def _caller_module(depth):
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None


class _Final:
    """Instances can be created, but the class cannot be subclassed (a C type without BASETYPE)."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwargs):
        for base in cls.__mro__[1:]:
            if base.__dict__.get('_final_marker'):
                raise TypeError(f"type 'typing.{base.__name__}' is not an acceptable base type")
        super().__init_subclass__(*args, **kwargs)


class _TypeVarLike(_Final):
    __slots__ = ()

    def __or__(self, right):
        return _typing('Union')[self, right]

    def __ror__(self, left):
        return _typing('Union')[left, self]

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def _set_variance(self, covariant, contravariant, infer_variance):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        object.__setattr__(self, '__covariant__', bool(covariant))
        object.__setattr__(self, '__contravariant__', bool(contravariant))
        object.__setattr__(self, '__infer_variance__', bool(infer_variance))


class TypeVar(_TypeVarLike):
    """Type variable."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"TypeVar() argument 'name' must be str, not {type(name).__name__}")
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self._bound = bound
        self._evaluate_bound = None
        self._constraints = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self._evaluate_constraints = None
        module = _caller_module(1)
        if module != 'typing':
            self.__module__ = module

    @property
    def __bound__(self):
        if self._evaluate_bound is not None:
            self._bound = self._evaluate_bound()
            self._evaluate_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._evaluate_constraints is not None:
            self._constraints = self._evaluate_constraints()
            self._evaluate_constraints = None
        return self._constraints

    def __typing_subst__(self, arg):
        return _typing('_typevar_subst')(self, arg)


class TypeVarTuple(_Final):
    """Type variable tuple."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, name):
        if not isinstance(name, str):
            raise TypeError(f"TypeVarTuple() argument 'name' must be str, not {type(name).__name__}")
        self.__name__ = name
        module = _caller_module(1)
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield _typing('Unpack')[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        return _typing('_typevartuple_prepare_subst')(self, alias, args)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


class ParamSpecArgs(_Final):
    """The args for a ParamSpec object."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecArgs")


class ParamSpecKwargs(_Final):
    """The kwargs for a ParamSpec object."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecKwargs")


class ParamSpec(_TypeVarLike):
    """Parameter specification variable."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"ParamSpec() argument 'name' must be str, not {type(name).__name__}")
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        module = _caller_module(1)
        if module != 'typing':
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        return _typing('_paramspec_subst')(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing('_paramspec_prepare_subst')(self, alias, args)


def _unpack_typevartuples(params):
    if any(type(p) is TypeVarTuple for p in params):
        unpack = _typing('Unpack')
        return tuple(unpack[p] if type(p) is TypeVarTuple else p for p in params)
    return params


class TypeAliasType(_Final):
    """Type alias."""

    __module__ = 'typing'
    _final_marker = True

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError(f"TypeAliasType() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self._init(name, type_params, value, None, _caller_module(1))

    def _init(self, name, type_params, value, evaluate_value, module):
        object.__setattr__(self, '__name__', name)
        object.__setattr__(self, '__type_params__', type_params)
        object.__setattr__(self, '_value', value)
        object.__setattr__(self, '_evaluate_value', evaluate_value)
        object.__setattr__(self, '__module__', module)

    @property
    def __value__(self):
        if self._evaluate_value is not None:
            object.__setattr__(self, '_value', self._evaluate_value())
            object.__setattr__(self, '_evaluate_value', None)
        return self._value

    @property
    def __parameters__(self):
        return _unpack_typevartuples(self.__type_params__)

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__', '__parameters__', '__module__'):
            raise AttributeError(f"readonly attribute")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        import types
        return types.GenericAlias(self, parameters)

    def __or__(self, right):
        return _typing('Union')[self, right]

    def __ror__(self, left):
        return _typing('Union')[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeAliasType")


class Generic:
    """Abstract base class for generic types."""

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _typing('_generic_class_getitem')(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing('_generic_init_subclass')(cls, *args, **kwargs)



# ---- used by the compiler for PEP 695 syntax (CPython's INTRINSIC_TYPEVAR etc.) ----

def _new(cls):
    # like CPython's intrinsics: no __module__ of their own, so they report 'typing'
    return object.__new__(cls)


def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = _new(TypeVar)
    tv.__name__ = name
    tv._set_variance(False, False, True)
    tv._bound = None
    tv._evaluate_bound = evaluate_bound
    tv._constraints = ()
    tv._evaluate_constraints = evaluate_constraints
    return tv


def _make_paramspec(name):
    p = _new(ParamSpec)
    p.__name__ = name
    p._set_variance(False, False, True)
    p.__bound__ = None
    return p


def _make_typevartuple(name):
    t = _new(TypeVarTuple)
    t.__name__ = name
    return t


def _make_generic_base(params):
    return Generic[_unpack_typevartuples(params)]


def _make_typealias(name, type_params, evaluate_value):
    alias = object.__new__(TypeAliasType)
    alias._init(name, type_params if type_params is not None else (), None, evaluate_value, _caller_module(1))
    return alias


def _set_type_params(function, type_params):
    function.__type_params__ = type_params
    return function
