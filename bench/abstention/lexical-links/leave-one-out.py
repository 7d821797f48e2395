"""Leave-one-set-out choice among link settings (SLUICE_DEV_LEXICAL_DROP rules of trace-links.patch, one run dir each under
/tmp/loose/<tag>, c0 = none): per left-out set, the setting with the most declined-minus-wrongly-declined on the other four
(ties to the fewest changed statuses), spider-dev EX not lower and false abstention at most one more. Usage: python3 leave-one-out.py c0 c1 ..."""
import json,sys,os
sets=['abstention','abstention-blind','abstention-blind-2','abstention-dev-a','abstention-dev-b']
short={'abstention':'abstention','abstention-blind':'held_out_3','abstention-blind-2':'held_out_4','abstention-dev-a':'dev_a','abstention-dev-b':'dev_b'}
def fig(tag,s):
    p=f'/tmp/loose/{tag}/{s}.jsonl'
    if not os.path.exists(p): return None
    rows=[json.loads(l) for l in open(p)]
    un=[r for r in rows if r['answerable'] is False]; nm=[r for r in rows if r['answerable'] is not False]
    return sum(r['status']=='unanswerable' for r in un), sum(r['status']=='unanswerable' for r in nm), len(un), len(nm)
def spider(tag):
    p=f'/tmp/loose/{tag}/spider.json'
    if not os.path.exists(p): return None
    rows=[json.loads(l) for l in open(f'/tmp/loose/{tag}/spider.jsonl')]
    fa=sum(r['status']=='unanswerable' for r in rows)
    txt=open(f'/tmp/loose/{tag}/spider.out').read()
    import re
    m=re.search(r'overall\s+│\s+\S+ (\d+)/(\d+)',txt)
    return int(m.group(1)) if m else None, fa
tags=[t for t in sys.argv[1:]]
tags=[t for t in tags if spider(t) is not None and all(fig(t,s) for s in sets)]
print('config', *[short[s] for s in sets], 'spider EX/falseabst', sep=' | ')
for t in tags:
    print(t, *[f'{a}/{c} {b}/{d}' for a,b,c,d in (fig(t,s) for s in sets)], spider(t), sep=' | ')
base=spider('c0')
ok=[t for t in tags if spider(t)[1]<=base[1]+1 and spider(t)[0]>=base[0]]
print('spider-admissible:', ok)
for left in sets:
    score=lambda t: sum(fig(t,s)[0]-fig(t,s)[1] for s in sets if s!=left)
    def changes(t):
        n=0
        for s in sets:
            if s==left: continue
            A={json.loads(l)['id']:json.loads(l)['status'] for l in open(f'/tmp/loose/c0/{s}.jsonl')}
            n+=sum(A[json.loads(l)['id']]!=json.loads(l)['status'] for l in open(f'/tmp/loose/{t}/{s}.jsonl'))
        return n
    best=max(ok,key=lambda t:(score(t), -changes(t)))
    a,b,c,d=fig(best,left); a0,b0,_,_=fig('c0',left)
    print(f'left out {short[left]}: chosen {best} (train {score(best)} vs c0 {score("c0")}); left-out declined {a0}->{a}/{c}, wrongly declined {b0}->{b}/{d}')
