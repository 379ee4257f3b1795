# sysconfig's build-time configuration for Taipan. CPython generates this file when it is
# built from its Makefile; Taipan has no C build, so these are the values that describe it:
# a POSIX install without shared libpython, without C extension support (EXT_SUFFIX names a
# suffix no extension module is built for), with the system's time zone database.
build_time_vars = {
    "ABIFLAGS": "",
    "CC": "cc",
    "CCSHARED": "-fPIC",
    "CFLAGS": "",
    "EXE": "",
    "EXT_SUFFIX": ".taipan-312-x86_64-linux-gnu.so",
    "HOST_GNU_TYPE": "x86_64-pc-linux-gnu",
    "LDLIBRARY": "",
    "LDSHARED": "cc -shared",
    "LIBDIR": "/usr/local/lib",
    "MACHDEP": "linux",
    "MULTIARCH": "x86_64-linux-gnu",
    "Py_DEBUG": 0,
    "Py_ENABLE_SHARED": 0,
    "Py_GIL_DISABLED": 0,
    "SHLIB_SUFFIX": ".so",
    "SIZEOF_VOID_P": 8,
    "SOABI": "taipan-312-x86_64-linux-gnu",
    "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
    "VERSION": "3.12",
    "WITH_DOC_STRINGS": 1,
    "prefix": "/usr/local",
    "exec_prefix": "/usr/local",
}
