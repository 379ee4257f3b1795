name = 'bob
