"""README.md from nbs/index.ipynb (what nbdev_readme does, without quarto): markdown cells as they are,
visible code cells as python blocks with their text outputs."""
import nbformat, re
nb = nbformat.read('nbs/index.ipynb', as_version=4)
out = []
for c in nb.cells:
    if c.cell_type == 'markdown': out.append(c.source); continue
    if re.search(r'^#\|\s*hide', c.source, re.M): continue
    src = '\n'.join(l for l in c.source.splitlines() if not l.startswith('#|'))
    out.append('```python\n' + src + '\n```')
    for o in c.get('outputs', []):
        text = o.get('text') or o.get('data', {}).get('text/plain')
        if text: out.append('    ' + '\n    '.join(''.join(text).splitlines()))
open('README.md', 'w').write('<!-- generated from nbs/index.ipynb: edit that, then run `python .ci/readme.py` -->\n\n' + '\n\n'.join(out) + '\n')
