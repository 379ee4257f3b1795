import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.dig)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.int_info.bits_per_digit)
print(hash(float("inf")), hash(2**61), hash(-1), hash(1.5))
