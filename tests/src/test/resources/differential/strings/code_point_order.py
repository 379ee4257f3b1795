# str ordering is by code point: characters beyond U+FFFF (surrogate pairs inside the VM) sort
# after U+E000..U+FFFF, in <, sorted, min/max and tuple keys; Latin-1, BMP and astral strings mixed.
words = ['item10', 'item9', 'Item', 'ítem', 'ｉｔｅｍ', '\uffff', '\ue000', '\U0001F600', 'a\U0001F600', 'a\uffff',
         'a\ud7ff', '', 'a', 'ab', 'a\x00', '\U00010000', '\U0010FFFF', 'z' * 3, 'é', 'e\u0301']
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words[5:9]), max(words[5:9]))
pairs = [(a < b, a > b, a <= b, a == b) for a in words[5:11] for b in words[5:11]]
print(sum(p[0] for p in pairs), sum(p[1] for p in pairs), sum(p[2] for p in pairs), sum(p[3] for p in pairs))
print(sorted((len(w) % 3, w) for w in words))
print('a\U0001F600' > 'a\uffff', '\U0001F600' > '\ue000', 'abc' < 'abd', 'item10' < 'item9')
