/* PolicyLens report: charts, tables and the sentence explorer, drawn from the JSON in #report-data.
   Text from the data is only ever set with textContent / createTextNode, never parsed as HTML. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var SVG = 'http://www.w3.org/2000/svg';
  var THEMES = D.themes.concat(D.extraThemes.map(function (id) {
    return { id: id, label: id, en: id, color: '#777777' };
  }));
  var themeIndex = {};
  THEMES.forEach(function (t, i) { themeIndex[t.id] = i; });
  var PAGE = 200;
  var state = { doc: '', groups: {}, part: '', theme: '', mode: 'any', text: '', limit: PAGE };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function option(select, value, label) { select.appendChild(el('option', { value: value }, label)); }
  function tint(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }
  /* Black or white text, whichever reads better on this background (WCAG relative luminance). */
  function textOn(hex) {
    var n = parseInt(hex.slice(1), 16);
    var lin = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (c) {
      c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
  }
  function swatch(color) {
    var s = el('span', { 'class': 'swatch' });
    s.style.background = color;
    return s;
  }
  function fmt(v, share) {
    if (v === null || v === undefined) { return '\u2013'; }
    if (share) { return (v * 100).toFixed(1) + '%'; }
    if (Number.isInteger(v)) { return String(v); }
    var a = Math.abs(v);
    return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
  }
  function fmtCi(lo, hi, share) {
    if (lo === null || hi === null || lo === undefined || hi === undefined) { return ''; }
    var f = function (x) { return share ? (x * 100).toFixed(1) : fmt(x, false); };
    return '[' + f(lo) + ', ' + f(hi) + ']';
  }

  /* ---- indexes over the data ---- */
  var panel = {};      // "doc|part|theme|measure" -> [v, lo, hi]
  var measuresUsed = {};
  var partsUsed = {};
  D.panel.forEach(function (r) {
    panel[r[0] + '|' + r[1] + '|' + r[2] + '|' + r[3]] = [r[4], r[5], r[6]];
    measuresUsed[r[3]] = true; partsUsed[r[1]] = true;
  });
  var groupRows = {};  // "by|group|part|theme|measure" -> [v, lo, hi]
  D.groupRows.forEach(function (r) {
    groupRows[r[0] + '|' + r[1] + '|' + r[2] + '|' + r[3] + '|' + r[4]] = [r[5], r[6], r[7]];
  });
  function measureId(i) { return D.measures[i].id; }
  function isShare(i) { return D.measures[i].share; }
  function partIndex(id) { return D.parts.indexOf(id); }
  /* Themes drawn in charts and tables: the pack's themes, plus "none" only for primary-theme measures. */
  function themesFor(m, chart) {
    var id = measureId(m);
    return THEMES.map(function (t, i) { return i; }).filter(function (i) {
      return THEMES[i].id !== 'none' || (!chart && id.indexOf('units_primary') === 0);
    });
  }

  function fillMeasureSelect(sel, preferred) {
    D.measures.forEach(function (m, i) { if (measuresUsed[i]) { option(sel, String(i), m.label); } });
    var p = D.measures.findIndex(function (m) { return m.id === preferred; });
    if (p >= 0 && measuresUsed[p]) { sel.value = String(p); }
  }
  function fillPartSelect(sel) {
    D.parts.forEach(function (p, i) { if (partsUsed[i]) { option(sel, String(i), p); } });
  }
  function fillGroupBySelect(sel) {
    D.groupBys.forEach(function (g, i) { option(sel, String(i), g.name); });
  }

  /* ---- bar charts (inline SVG; each bar knows which sentences it stands for) ---- */
  function legend(container, themes) {
    var div = el('div', { 'class': 'legend' });
    themes.forEach(function (t) {
      var s = el('span'); s.appendChild(swatch(THEMES[t].color)); s.appendChild(document.createTextNode(THEMES[t].label));
      div.appendChild(s);
    });
    container.appendChild(div);
  }
  function barChart(container, categories, themes, value, attrsFor, share) {
    container.textContent = '';
    if (!categories.length) { container.appendChild(el('p', { 'class': 'muted' }, 'Nothing to draw.')); return; }
    legend(container, themes);
    var barW = 12, gap = 18, left = 56, top = 12, plotH = 220, bottom = 110;
    var groupW = themes.length * barW;
    var width = Math.max(480, left + categories.length * (groupW + gap) + 20);
    var max = 0;
    categories.forEach(function (c, ci) {
      themes.forEach(function (t) {
        var v = value(ci, t);
        if (v) { max = Math.max(max, v[0] || 0, v[2] || 0); }
      });
    });
    if (max <= 0) { max = share ? 0.1 : 1; }
    var step = Math.pow(10, Math.floor(Math.log10(max / 4)));
    [1, 2, 2.5, 5, 10].some(function (k) { if (max / (step * k) <= 5) { step *= k; return true; } return false; });
    var top5 = Math.ceil(max / step - 1e-9) * step;
    var y = function (v) { return top + plotH - (v / top5) * plotH; };
    var svg = svgEl('svg', { width: width, height: top + plotH + bottom, role: 'img',
      viewBox: '0 0 ' + width + ' ' + (top + plotH + bottom) });
    for (var tick = 0; tick <= top5 + 1e-9; tick += step) {
      svg.appendChild(svgEl('line', { 'class': 'grid', x1: left, x2: width - 10, y1: y(tick), y2: y(tick) }));
      svg.appendChild(svgEl('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' },
        share ? Math.round(tick * 1000) / 10 + '%' : String(Math.round(tick * 1000) / 1000)));
    }
    svg.appendChild(svgEl('line', { 'class': 'axis', x1: left, x2: left, y1: top, y2: top + plotH }));
    svg.appendChild(svgEl('line', { 'class': 'axis', x1: left, x2: width - 10, y1: top + plotH, y2: top + plotH }));
    categories.forEach(function (c, ci) {
      var gx = left + 10 + ci * (groupW + gap);
      themes.forEach(function (t, ti) {
        var v = value(ci, t);
        if (!v || v[0] === null) { return; }
        var x = gx + ti * barW;
        var h = Math.max(0, y(0) - y(v[0]));
        var rect = svgEl('rect', Object.assign({ 'class': 'bar', x: x + 1, y: y(v[0]), width: barW - 2,
          height: Math.max(h, 0.5), fill: THEMES[t].color }, attrsFor(ci, t)));
        var tip = c + ' \u00b7 ' + THEMES[t].label + ': ' + fmt(v[0], share) + ' ' + fmtCi(v[1], v[2], share);
        rect.setAttribute('tabindex', '0');
        rect.setAttribute('role', 'button');
        rect.setAttribute('aria-label', tip + ', show sentences');
        rect.appendChild(svgEl('title', {}, tip + ' \u2014 click for sentences'));
        svg.appendChild(rect);
        if (v[1] !== null && v[2] !== null) {
          var cx = x + barW / 2;
          svg.appendChild(svgEl('line', { 'class': 'whisker', x1: cx, x2: cx, y1: y(v[1]), y2: y(v[2]) }));
        }
      });
      var tx = gx + groupW / 2, ty = top + plotH + 12;
      svg.appendChild(svgEl('text', { x: tx, y: ty, 'text-anchor': 'end',
        transform: 'rotate(-35 ' + tx + ' ' + ty + ')' }, c));
    });
    svg.addEventListener('click', function (ev) {
      var bar = ev.target.closest ? ev.target.closest('.bar') : null;
      if (bar) { showBar(bar); }
    });
    svg.addEventListener('keydown', function (ev) {
      if ((ev.key === 'Enter' || ev.key === ' ') && ev.target.classList.contains('bar')) {
        ev.preventDefault();
        showBar(ev.target);
      }
    });
    container.appendChild(svg);
  }

  function drawCharts() {
    var m = +$('chart-measure').value, p = +$('chart-part').value, share = isShare(m), themes = themesFor(m, true);
    barChart($('chart-docs'), D.docs.map(function (d) { return d.id; }), themes,
      function (ci, t) { return panel[ci + '|' + p + '|' + t + '|' + m]; },
      function (ci, t) {
        return { 'data-kind': 'doc', 'data-doc': D.docs[ci].id, 'data-theme': THEMES[t].id,
          'data-part': D.parts[p], 'data-measure': measureId(m) };
      }, share);
    if (D.groupBys.length) {
      var g = +$('chart-groupby').value, groups = D.groupBys[g].groups;
      barChart($('chart-groups'), groups, themes,
        function (ci, t) { return groupRows[g + '|' + ci + '|' + p + '|' + t + '|' + m]; },
        function (ci, t) {
          return { 'data-kind': 'group', 'data-groupby': D.groupBys[g].name, 'data-group': groups[ci],
            'data-theme': THEMES[t].id, 'data-part': D.parts[p], 'data-measure': measureId(m) };
        }, share);
    }
  }

  /* A click on a bar (or a finding's button) shows the units behind it: same document or group, part and theme. */
  function showBar(bar) {
    var prev = document.querySelectorAll('.bar.selected');
    Array.prototype.forEach.call(prev, function (b) { b.classList.remove('selected'); });
    if (bar.classList.contains('bar')) { bar.classList.add('selected'); }
    var d = bar.dataset;
    state.doc = d.kind === 'doc' ? d.doc : '';
    state.groups = {};
    if (d.kind === 'group' && D.groupVars.indexOf(d.groupby) >= 0) { state.groups[d.groupby] = d.group; }
    state.part = !d.part || d.part === 'all' ? '' : d.part;
    state.theme = d.theme;
    state.mode = /^units_primary|^char_share/.test(d.measure || 'units_primary') || d.theme === 'none' ? 'primary' : 'any';
    state.text = '';
    state.limit = PAGE;
    syncFilters();
    renderUnits();
    $('explorer').scrollIntoView();
  }

  /* ---- tables ---- */
  function headerRow(table, first) {
    var thead = el('thead'), tr = el('tr');
    first.forEach(function (h) { tr.appendChild(el('th', null, h)); });
    return { thead: thead, tr: tr, table: table };
  }
  function cell(tr, v, share) {
    var td = el('td', { 'class': 'num' });
    td.appendChild(document.createTextNode(v ? fmt(v[0], share) : '\u2013'));
    var ci = v ? fmtCi(v[1], v[2], share) : '';
    if (ci) { td.appendChild(document.createTextNode(' ')); td.appendChild(el('span', { 'class': 'ci' }, ci)); }
    tr.appendChild(td);
  }
  function themeHeaders(tr, themes) {
    themes.forEach(function (t) {
      var th = el('th'); th.appendChild(swatch(THEMES[t].color)); th.appendChild(document.createTextNode(THEMES[t].label));
      tr.appendChild(th);
    });
  }
  function drawTables() {
    var m = +$('table-measure').value, p = +$('table-part').value, share = isShare(m), themes = themesFor(m);
    var t = $('table-docs'); t.textContent = '';
    var h = headerRow(t, ['Document'].concat(D.groupVars));
    themeHeaders(h.tr, themes); h.thead.appendChild(h.tr); t.appendChild(h.thead);
    var tb = el('tbody');
    D.docs.forEach(function (d, di) {
      var tr = el('tr'); tr.appendChild(el('td', null, d.id));
      D.groupVars.forEach(function (g, gi) { tr.appendChild(el('td', null, d.groups[gi] || '')); });
      themes.forEach(function (th) { cell(tr, panel[di + '|' + p + '|' + th + '|' + m], share); });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    if (!D.groupBys.length) { return; }
    var g = +$('table-groupby').value, gt = $('table-groups'); gt.textContent = '';
    var gh = headerRow(gt, [D.groupBys[g].name]);
    themeHeaders(gh.tr, themes); gh.thead.appendChild(gh.tr); gt.appendChild(gh.thead);
    var gb = el('tbody');
    D.groupBys[g].groups.forEach(function (name, gi) {
      var tr = el('tr'); tr.appendChild(el('td', null, name));
      themes.forEach(function (th) { cell(tr, groupRows[g + '|' + gi + '|' + p + '|' + th + '|' + m], share); });
      gb.appendChild(tr);
    });
    gt.appendChild(gb);
  }

  /* One document or group in full: theme x measure. */
  function fillDetailSelect(sel) {
    D.docs.forEach(function (d, i) { option(sel, 'd' + i, 'document: ' + d.id); });
    D.groupBys.forEach(function (g, gi) {
      g.groups.forEach(function (name, i) { option(sel, 'g' + gi + '|' + i, g.name + ': ' + name); });
    });
  }
  function drawDetail() {
    var key = $('detail-of').value, p = +$('detail-part').value, t = $('table-detail');
    t.textContent = '';
    if (!key) { return; }
    var measures = D.measures.map(function (m, i) { return i; }).filter(function (i) { return measuresUsed[i]; });
    var h = headerRow(t, ['Theme']);
    measures.forEach(function (m) { h.tr.appendChild(el('th', null, D.measures[m].label)); });
    h.thead.appendChild(h.tr); t.appendChild(h.thead);
    var tb = el('tbody');
    THEMES.forEach(function (th, ti) {
      var tr = el('tr'), name = el('td');
      name.appendChild(swatch(th.color)); name.appendChild(document.createTextNode(th.label)); tr.appendChild(name);
      var any = false;
      measures.forEach(function (m) {
        var v = key.charAt(0) === 'd' ? panel[key.slice(1) + '|' + p + '|' + ti + '|' + m]
          : groupRows[key.slice(1) + '|' + p + '|' + ti + '|' + m];
        any = any || !!v;
        cell(tr, v, isShare(m));
      });
      if (any) { tb.appendChild(tr); }
    });
    t.appendChild(tb);
  }

  /* ---- sentence explorer ---- */
  var groupSelects = {};
  function buildFilters() {
    var docSel = $('f-doc');
    option(docSel, '', 'all documents');
    D.docs.forEach(function (d) { option(docSel, d.id, d.id + (d.shown < d.units ? ' (first ' + d.shown + ' of ' + d.units + ')' : '')); });
    D.groupVars.forEach(function (g, gi) {
      var values = [];
      D.docs.forEach(function (d) { var v = d.groups[gi]; if (v !== undefined && values.indexOf(v) < 0) { values.push(v); } });
      values.sort();
      var label = el('label', null, g + ' ');
      var sel = el('select', { id: 'f-group-' + gi, 'data-var': g });
      option(sel, '', 'all');
      values.forEach(function (v) { option(sel, v, v); });
      sel.addEventListener('change', function () { state.groups[g] = sel.value; filterChanged(); });
      label.appendChild(sel); $('f-groups').appendChild(label); groupSelects[g] = sel;
    });
    var partSel = $('f-part');
    option(partSel, '', 'all parts');
    ['review', 'plan', 'other'].forEach(function (p) { option(partSel, p, p); });
    var themeSel = $('f-theme');
    option(themeSel, '', 'all themes');
    THEMES.forEach(function (t) { option(themeSel, t.id, t.label); });
    docSel.addEventListener('change', function () { state.doc = docSel.value; filterChanged(); });
    partSel.addEventListener('change', function () { state.part = partSel.value; filterChanged(); });
    themeSel.addEventListener('change', function () { state.theme = themeSel.value; filterChanged(); });
    $('f-mode').addEventListener('change', function () { state.mode = $('f-mode').value; filterChanged(); });
    $('f-text').addEventListener('input', function () { state.text = $('f-text').value; filterChanged(); });
    $('f-reset').addEventListener('click', function () {
      state = { doc: '', groups: {}, part: '', theme: '', mode: 'any', text: '', limit: PAGE };
      syncFilters(); renderUnits();
    });
    $('more').addEventListener('click', function () { state.limit += PAGE; renderUnits(); });
    var legend = $('legend');
    THEMES.forEach(function (t) {
      if (t.id === 'none') { return; }
      var s = el('span'); s.appendChild(swatch(t.color)); s.appendChild(document.createTextNode(t.label));
      legend.appendChild(s);
    });
  }
  function filterChanged() { state.limit = PAGE; renderUnits(); }
  function syncFilters() {
    $('f-doc').value = state.doc; $('f-part').value = state.part; $('f-theme').value = state.theme;
    $('f-mode').value = state.mode; $('f-text').value = state.text;
    Object.keys(groupSelects).forEach(function (g) { groupSelects[g].value = state.groups[g] || ''; });
  }
  function matches(u) {
    var doc = D.docs[u[0]];
    if (state.doc && doc.id !== state.doc) { return false; }
    for (var gi = 0; gi < D.groupVars.length; gi++) {
      var want = state.groups[D.groupVars[gi]];
      if (want && doc.groups[gi] !== want) { return false; }
    }
    if (state.part && D.parts[u[2]] !== state.part) { return false; }
    if (state.theme) {
      var t = themeIndex[state.theme];
      if (state.theme === 'none' || state.mode === 'primary') {
        if (u[5] !== t) { return false; }
      } else if (u[6].indexOf(t) < 0) { return false; }
    }
    return !(state.text && u[7].indexOf(state.text) < 0);
  }
  function highlight(p, text, marks) {
    if (!marks.length) { p.textContent = text; return; }
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(m[0], m[1]); });
    cuts = cuts.filter(function (c, i) { return cuts.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1];
      var cover = marks.filter(function (m) { return m[0] <= s && m[1] >= e; });
      var piece = text.slice(s, e);
      if (!cover.length) { p.appendChild(document.createTextNode(piece)); continue; }
      var t = Math.min.apply(null, cover.map(function (m) { return m[2]; }));
      var mark = el('mark', { 'data-theme': THEMES[t].id }, piece);
      mark.style.background = tint(THEMES[t].color, 0.22);
      mark.style.borderBottom = '2px solid ' + THEMES[t].color;
      mark.title = cover.map(function (m) { return THEMES[m[2]].label + ' \u00b7 ' + D.rules[m[3]]; }).join('\n');
      p.appendChild(mark);
    }
  }
  function renderUnits() {
    var list = $('units'); list.textContent = '';
    var total = 0, shown = 0;
    D.units.forEach(function (u) {
      if (!matches(u)) { return; }
      total++;
      if (shown >= state.limit) { return; }
      shown++;
      var doc = D.docs[u[0]], primary = THEMES[u[5]];
      var li = el('li', { 'class': 'unit' + (u[4] ? ' heading' : ''), 'data-doc': doc.id, 'data-unit': String(u[1]),
        'data-part': D.parts[u[2]], 'data-primary': primary.id,
        'data-themes': u[6].map(function (t) { return THEMES[t].id; }).join(',') });
      var meta = el('div', { 'class': 'meta' }, doc.id + ' #' + u[1] + ' \u00b7 ' + D.parts[u[2]]
        + (D.sections[u[3]] ? ' \u00b7 ' + D.sections[u[3]] : ''));
      u[6].forEach(function (t) {
        var tag = el('span', { 'class': 'tag' }, THEMES[t].label + (t === u[5] ? ' \u2605' : ''));
        tag.style.background = THEMES[t].color;
        tag.style.color = textOn(THEMES[t].color);
        meta.appendChild(tag);
      });
      li.appendChild(meta);
      var p = el('p', { 'class': 'text' });
      highlight(p, u[7], u[8]);
      li.appendChild(p);
      list.appendChild(li);
    });
    $('explorer-status').textContent = 'Showing ' + shown + ' of ' + total + ' matching units ('
      + D.units.length + ' in the report). \u2605 = primary theme.';
    $('more').hidden = shown >= total;
  }

  /* ---- start ---- */
  fillMeasureSelect($('chart-measure'), 'units_primary_share');
  fillPartSelect($('chart-part'));
  fillMeasureSelect($('table-measure'), 'units_primary_share');
  fillPartSelect($('table-part'));
  if (D.groupBys.length) {
    fillGroupBySelect($('chart-groupby'));
    fillGroupBySelect($('table-groupby'));
  } else {
    $('group-chart-block').hidden = true;
    $('group-table-block').hidden = true;
  }
  ['chart-measure', 'chart-part', 'chart-groupby'].forEach(function (id) { $(id).addEventListener('change', drawCharts); });
  ['table-measure', 'table-part', 'table-groupby'].forEach(function (id) { $(id).addEventListener('change', drawTables); });
  fillDetailSelect($('detail-of'));
  fillPartSelect($('detail-part'));
  ['detail-of', 'detail-part'].forEach(function (id) { $(id).addEventListener('change', drawDetail); });
  drawDetail();
  Array.prototype.forEach.call(document.querySelectorAll('#findings button.show'), function (b) {
    b.addEventListener('click', function () { showBar(b); });
  });
  drawCharts();
  drawTables();
  buildFilters();
  renderUnits();
  document.documentElement.setAttribute('data-ready', 'true');
}());
