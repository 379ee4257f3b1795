class C[**P: (int, str)]:
    pass
