# Containers compare identity before equality (PyObject_RichCompareBool): one NaN object equals
# itself inside lists, tuples, dict keys, sets, count/index and sorting; distinct zeros and
# mixed numeric types compare by value.
nan = float('nan')
t = (nan, 1); u = (nan, 0)
print([nan] == [nan], (nan, 1) == (nan, 1), [nan] != [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
d = {nan: 'x'}; s = {nan}
print(d[nan], nan in d, nan in s, d.get(nan), len({nan, nan}))
print(sorted([(nan, 1), (nan, 0)]), sorted([t, u]), max([(nan, 1), (nan, 0)]))
other = float('nan')
print(nan == nan, nan != nan, [1.5] == [1.5], [0.0] == [-0.0], (0.0,) == (-0.0,), {0.0: 1}[-0.0])
print([1, 2.0, 'a'] == [1, 2, 'a'], (1, True) == (1, 1), [2**70] == [2**70])
