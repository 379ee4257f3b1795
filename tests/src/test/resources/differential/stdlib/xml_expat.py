# XML through Taipan's pyexpat (the JDK's SAX parser): ElementTree (namespaces, errors), minidom, expat
# handlers, xml.sax, plistlib, iterparse and xmlrpc.
import xml.etree.ElementTree as ET
r = ET.fromstring('<a x="1"><b>t</b> tail <c y="2" z="3"/><!-- c --><?pi data?></a>')
print(r.tag, r.attrib, r[0].text, repr(r[0].tail), r[1].attrib, len(r))
ns = ET.fromstring('<root xmlns="urn:x" xmlns:p="urn:p"><p:item p:k="v">1</p:item><item>2</item></root>')
print(ns.tag, [(e.tag, e.attrib, e.text) for e in ns])
print(ET.tostring(r, encoding='unicode'))
doc = '<?xml version="1.0" encoding="UTF-8"?>\n<list>' + ''.join('<i n="%d">\u00e9%d</i>' % (k, k) for k in range(5)) + '</list>'
t = ET.fromstring(doc.encode('utf-8'))
print([(i.get('n'), i.text) for i in t.iter('i')], t.find('i[@n="3"]').text, t.findall('.//i')[-1].text)
for bad in ['<a>', '<a></b>', '<a/><b/>', 'junk', '<a x="1" x="2"/>', '<a>&nbsp;</a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), 'ParseError', str(e).split(':')[0], e.code)
import xml.dom.minidom as M
d = M.parseString('<a><b k="v">x</b></a>')
print(d.documentElement.tagName, d.getElementsByTagName('b')[0].getAttribute('k'), d.getElementsByTagName('b')[0].firstChild.data)
from xml.parsers import expat
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(('start', n, a))
p.EndElementHandler = lambda n: seen.append(('end', n))
p.CharacterDataHandler = lambda t: seen.append(('data', t))
p.Parse('<r a="1">hi</r>', True)
print(seen, expat.errors.XML_ERROR_SYNTAX, expat.ErrorString(3))
import xml.sax, io, plistlib
class H(xml.sax.ContentHandler):
    def __init__(self): self.ev = []
    def startElement(self, name, attrs): self.ev.append(('s', name, dict(attrs)))
    def endElement(self, name): self.ev.append(('e', name))
    def characters(self, c): self.ev.append(('c', c))
h = H(); xml.sax.parseString(b'<a k="1"><b>x</b></a>', h); print(h.ev)
pl = plistlib.dumps({'a': 1, 'b': [True, 'x'], 'c': {'d': 2.5}})
print(plistlib.loads(pl))
events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<r><x/><y>1</y></r>'), events=('start', 'end'))]
print(events)
tree = ET.parse(io.StringIO('<cfg><opt name="a">1</opt></cfg>')); print(tree.getroot().find('opt').attrib)
import xmlrpc.client
print(xmlrpc.client.loads(xmlrpc.client.dumps((1, 'two', [3]), 'm')))
