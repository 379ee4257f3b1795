class C:
    def method(self):
