# ADR 0007: the first measurement of SQLite FTS5 (trigram and unicode61 word OR queries) as the
# candidate search for precedents, before the engine was chosen. Python 3 with its own sqlite3 (3.40);
# paragraphs read roughly (every container and paragraph element). Run: python3 fts5-probe.py
import glob, sqlite3, time, random, re, xml.etree.ElementTree as ET
paras=[]
for f in glob.glob('/work/shared/fixtures/corpus/ga/*/*.xml'):
    try: root=ET.parse(f).getroot()
    except Exception: continue
    for el in root.iter():
        tag=el.tag.split('}')[-1]
        if tag in('container','paragraph') and el.get('eId'):
            t=' '.join(''.join(el.itertext()).split())
            if len(t)>30: paras.append((f,el.get('eId'),t))
print(len(paras))
db=sqlite3.connect(':memory:')
db.execute("create virtual table p using fts5(t, tokenize='trigram')")
t=time.time()
db.executemany("insert into p(rowid,t) values(?,?)",[(i,p[2]) for i,p in enumerate(paras)])
print('build',time.time()-t)
random.seed(1)
en=[i for i,p in enumerate(paras) if '-en' in p[0]]
zh=[i for i,p in enumerate(paras) if '-zh' in p[0]]
def q(text):
    tris=set(text[i:i+3] for i in range(len(text)-2))
    tris=[x for x in tris if '"' not in x]
    return ' OR '.join('"%s"'%x for x in tris)
for name,ids,ln in (('en',en,120),('zh',zh,40)):
    lat=[];hit=0
    for k in range(60):
        i=random.choice(ids); text=paras[i][2][:ln]
        t=time.time()
        r=db.execute("select rowid from p where p match ? order by bm25(p) limit 50",(q(text),)).fetchall()
        lat.append(time.time()-t)
        hit+= i in [x[0] for x in r]
    lat.sort(); print(name,'p50',lat[30]*1000,'p99',lat[-1]*1000,'hit50',hit/60)
db.execute("create virtual table w using fts5(t, tokenize='unicode61')")
t=time.time()
db.executemany("insert into w(rowid,t) values(?,?)",[(i,p[2]) for i,p in enumerate(paras)])
print('build words',time.time()-t)
lat=[];hit=0
for k in range(60):
    i=random.choice(en); text=paras[i][2][:120]
    words=set(re.findall(r'\w+',text.lower()))
    t=time.time()
    r=db.execute("select rowid from w where w match ? order by bm25(w) limit 50",(' OR '.join('"%s"'%x for x in words),)).fetchall()
    lat.append(time.time()-t); hit+= i in [x[0] for x in r]
lat.sort(); print('en words p50',lat[30]*1000,'p99',lat[-1]*1000,'hit50',hit/60)
