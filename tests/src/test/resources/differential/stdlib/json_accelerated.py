# json through Taipan's _json accelerator: encoder (keys, floats, enums, sort_keys, skipkeys, default, circular
# references), decoder hooks, number/constant parsing, error messages and positions, memoised keys.
import json, math, collections, decimal
from enum import IntEnum
class Color(IntEnum):
    RED = 1
print(json.dumps({"a": [1, 2.5, None, True, False, "x\u00e9\n\"\\"], "b": {"c": -0.0, "d": 10**30}, 3: "int key", 1.5: "f", None: 1, True: 2}))
print(json.dumps("\U0001f600 astral"), json.dumps("\U0001f600", ensure_ascii=False))
print(json.dumps([Color.RED, (1, 2), []], separators=(',', ':')))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', str(e).startswith('Out of range float values are not JSON compliant'))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
print(json.dumps(decimal.Decimal('1.5'), default=str))
print(json.loads('{"a": [1, 2.5e3, -3, null, true, false, "s\\u00e9\\n\\ud83d\\ude00"], "b": {}}'))
print(json.loads('[1, 2]', object_pairs_hook=collections.OrderedDict), json.loads('{"x": 1, "y": {"z": 2}}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('1.5', parse_float=decimal.Decimal), json.loads('12', parse_int=float))
print(json.loads('  "only"  '), json.loads('123456789012345678901234567890'))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '"\\x"', '[', 'nul', '"a\tb"', '{"a":1} x', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
print(json.loads('"a\tb"', strict=False))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(list(d[0])[0] is list(d[1])[0])
print(json.decoder.scanstring('"abc\\n" tail', 1), json.scanner.make_scanner(json.JSONDecoder())('[1, "a"] x', 0))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps([1, {"a": 2}], indent=2))
