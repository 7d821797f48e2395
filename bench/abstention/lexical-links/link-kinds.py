"""Per WordNet relation kind (and sense rank, derived form): in how many labelled questions it is the ONLY link grounding
an asked word, unanswerable vs answerable. Reads the traces of run-sets.sh under the instrumentation of
trace-links.patch (applies to 72e2098; SLUICE_DEV_LEXICAL_TRACE=file). Usage: python3 link-kinds.py RUN_DIR [RULE]"""
import json,collections,sys
sets=['abstention','abstention-blind','abstention-blind-2','abstention-dev-a','abstention-dev-b','spider']
base=sys.argv[1] if len(sys.argv)>1 else '/tmp/loose/base'
def cats(link):
    return link['relation'], link['sense'], link['adjective']
rules={
 'sense>0': lambda l: l['sense']>0,
 'sense>1': lambda l: l['sense']>1,
 'adjective': lambda l: l['adjective'],
}
for r in ['synonym','hyponym','grandchild','hypernym1','hypernym2','sibling1','nephew1','sibling2','nephew2']:
    rules[r]=(lambda r: lambda l: l['relation']==r)(r)
rules['hypernym(any)']=lambda l: l['relation'].startswith('hypernym')
rules['sibling/nephew(any)']=lambda l: l['relation'][:-1] in ('sibling','nephew')
rules['not synonym']=lambda l: l['relation']!='synonym'
rules['not(synonym sense0)']=lambda l: not (l['relation']=='synonym' and l['sense']==0)
rules['sense>0 & not synonym']=lambda l: l['sense']>0 and l['relation']!='synonym'
rules['hypernym sense>0']=lambda l: l['relation'].startswith('hypernym') and l['sense']>0
rules['derived form + wordnet']=None
rules['derived & (sibling|nephew|sense>0)']='derived-loose'
tab=collections.defaultdict(lambda: collections.Counter())
examples=collections.defaultdict(list)
for s in sets:
    rows={json.loads(l)['question']:json.loads(l) for l in open(f'{base}/{s}.jsonl')}
    hits=collections.defaultdict(set)  # rule -> questions
    for line in open(f'{base}/{s}.trace'):
        t=json.loads(line)
        if not t['path'].startswith('wordnet:'): continue
        q=t['question']
        if q not in rows: continue
        via=t['links'] or []
        links=[(v, l) for v in via for l in (v['links'] or [])]
        for name,rule in rules.items():
            if rule == 'derived-loose':
                ok = len(links)>0 and all(v.get('derived') and (l['sense']>0 or l['relation'][:-1] in ('sibling','nephew')) for v,l in links)
            elif rule is None:
                ok = len(via)>0 and all(v.get('derived') for v in via)
            else:
                ok = len(links)>0 and all(rule(l) for v,l in links)
            if ok:
                hits[name].add(q)
                examples[name].append((s, rows[q]['answerable'], t['site'], t['word'], sorted({v['lemma'] for v in via})[:3], q[:70]))
    for name,qs in hits.items():
        for q in qs:
            a=rows[q]['answerable']
            key = 'spider' if s=='spider' else ('unans' if a is False else 'ans')
            tab[name][key]+=1
            tab[name][f'{s}:{key}']+=1
print(f"{'only grounded through':32} unans(395) near-miss(316) spider(523)")
for name in rules:
    c=tab[name]; print(f"{name:32} {c['unans']:6} {c['ans']:6} {c['spider']:6}   ", {k:v for k,v in c.items() if ':' in k})
if len(sys.argv)>2:
    for e in examples[sys.argv[2]]: print(e)
