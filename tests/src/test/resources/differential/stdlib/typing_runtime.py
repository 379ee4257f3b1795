# typing at runtime: get_type_hints, generics, Protocol/runtime_checkable, NamedTuple, TypedDict, cast, overload
import typing
from typing import Any, Optional, Union, List, Dict, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Literal

T = TypeVar("T")
K = TypeVar("K", bound=str)

def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
print(typing.get_type_hints(f))
print(f.__annotations__["b"], typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(Union[int, str] == Union[str, int], Union[int, int], Optional[int] == Union[int, None], int | None == Optional[int])
print(repr(List[int]), repr(Callable[[int, str], bool]), repr(Literal["a", 1]), typing.get_args(Callable[[int], str]))
print(T, T.__name__, K.__bound__, repr(TypeVar("V", int, str).__constraints__))

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box(3).get(), Box.__parameters__, typing.get_origin(Box[int]) is Box, isinstance(Box(1), Box))
try:
    isinstance(Box(1), Box[int])
except TypeError as e:
    print(type(e).__name__, e)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point.__annotations__, Point(1)._asdict())

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)

@typing.runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(1, Closable))
print(typing.cast(int, "not really"), typing.TYPE_CHECKING, typing.Any, typing.NoReturn)

@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g("s"))
try:
    typing.Union[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    List[int, str]
except TypeError as e:
    print(type(e).__name__, e)
Alias = Dict[str, List[T]]
print(Alias[int], typing.get_type_hints(Point), typing.final(Point) is Point)
class WithClassVar:
    count: typing.ClassVar[int] = 0
    name: str
print(typing.get_type_hints(WithClassVar))
