# os.environ / environb / getenv / putenv through posix.environ
import os

print(type(os.environ).__name__, isinstance(os.environ, dict), 'PATH' in os.environ)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in os.environb.items()))
print(os.environ['PATH'] == os.environb[b'PATH'].decode())
os.environ['TAIPAN_TEST_VAR'] = 'value é'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), os.environb[b'TAIPAN_TEST_VAR'])
print(os.environ.get('TAIPAN_TEST_VAR'), 'TAIPAN_TEST_VAR' in os.environ)
del os.environ['TAIPAN_TEST_VAR']
print(os.getenv('TAIPAN_TEST_VAR'), os.getenv('TAIPAN_TEST_VAR', 'default'), os.environ.get('TAIPAN_TEST_VAR', 0))
try:
    os.environ['TAIPAN_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
os.environ.setdefault('TAIPAN_TEST_VAR2', 'x')
print(os.environ.pop('TAIPAN_TEST_VAR2'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
print(os.getenvb(b'NOPE_TAIPAN') is None)
