# json: dumps options, loads of nested data, special floats, errors
import json

data = {"b": [1, 2.5, None, True, False], "a": {"x": "é\u2603\U0001F600", "y": []}, "c": ""}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {}]], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps([1, 2], indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("quote\" back\\ nl\n tab\t ctl\x01"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))

s = '{"k": [1, 2, {"n": null, "t": true}], "f": 1.5e3, "u": "\\u00e9\\ud83d\\ude00", "neg": -0}'
obj = json.loads(s)
print(obj, type(obj["f"]).__name__, len(obj["u"]))
print(json.loads("[]"), json.loads(" 3 "), json.loads('"s"'), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads(json.dumps(data)) == data)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("[1.0, 2]", parse_float=str), json.loads("[7]", parse_int=lambda s: int(s) * 2))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"p": 1, "q": 2}', object_pairs_hook=list))

class Thing:
    pass
try:
    json.dumps(Thing())
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(Thing(), default=lambda o: "<thing>"))
print(json.dumps({"a": {1, 2}}, default=sorted))
for bad in ['{"a" 1}', "[1, 2", "", '{"a": 1,}', "tru", '"unterminated', "[1] x", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": [1, 2]}, skipkeys=True, sort_keys=True, indent=1, separators=(",", ": ")))
print(json.JSONEncoder(sort_keys=True).encode({"z": 1, "y": 2}))
print(list(json.JSONEncoder().iterencode([1, "a"])))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
