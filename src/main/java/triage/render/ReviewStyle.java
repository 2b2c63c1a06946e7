package triage.render;

/** The review page's style sheet, inline in the page so that it needs nothing else to be read or printed. */
final class ReviewStyle {

  private ReviewStyle() {}

  static final String CSS = """
      body { font: 15px/1.45 sans-serif; color: #222; margin: 0 auto; padding: 0 20px 40px; max-width: 1240px; }
      header { border-bottom: 2px solid #ddd; margin-bottom: 8px; }
      h1 { font-size: 24px; margin: 18px 0 4px; }
      h2 { font-size: 20px; margin: 28px 0 8px; padding-top: 8px; border-top: 1px solid #ddd; }
      h3 { font-size: 16px; margin: 0 0 6px; }
      p.title { font-size: 17px; margin: 0 0 8px; color: #444; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
      dl.facts dt { color: #666; }
      dl.facts dd { margin: 0; overflow-wrap: anywhere; }
      nav { margin: 10px 0 12px; }
      code { font: 13px monospace; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
      a { color: #1f5fa8; }
      .item { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
      .item:target { box-shadow: 0 0 0 3px #1f5fa8; }
      .kind { color: #777; font-weight: normal; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; }
      ul.facts { margin: 4px 0 8px; padding-left: 18px; color: #444; }
      .texts { display: grid; grid-template-columns: 150px 1fr; margin: 6px 0; }
      .texts .what { color: #666; }
      .texts p { grid-column: 2; margin: 0 0 4px; }
      .lang { display: inline-block; min-width: 22px; font: 12px monospace; color: #555; background: #eee;
        border-radius: 3px; padding: 0 3px; text-align: center; }
      .grade { font-size: 12px; color: #555; white-space: nowrap; border: 1px solid #ccc; border-radius: 8px;
        padding: 0 6px; }
      .missing { color: #a33; }
      .none { color: #666; font-style: italic; }
      .note { color: #666; font-size: 13px; }
      table { border-collapse: collapse; margin: 6px 0; width: 100%; }
      th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e4e4e4; padding: 3px 8px 3px 0; }
      th { color: #666; font-weight: normal; font-size: 13px; }
      td p { margin: 0; }
      .badge { display: inline-block; font-size: 12px; font-weight: bold; border-radius: 9px; padding: 0 8px;
        white-space: nowrap; }
      .badge.emergency { background: #d62728; color: #fff; }
      .badge.urgent { background: #ff7f0e; color: #fff; }
      .badge.see-professional { background: #f2c80f; color: #000; }
      .badge.self-care { background: #2ca02c; color: #fff; }
      ul.problems { list-style: none; padding: 0; margin: 8px 0 0; }
      .problem { border-left: 4px solid #e0a000; background: #fff8e6; padding: 2px 8px; margin: 3px 0; }
      .problem.error { border-left-color: #c62828; background: #fdecea; }
      span.problem { display: inline-block; font-size: 13px; }
      .severity { font-weight: bold; text-transform: uppercase; font-size: 12px; }
      .where { color: #777; font-size: 12px; }
      table.findings tr.error td:nth-child(2) { color: #a00; }
      .scroll { overflow-x: auto; border: 1px solid #ddd; border-radius: 6px; }
      .legend { color: #444; }
      .key { display: inline-block; width: 30px; height: 0; vertical-align: middle; border-top: 2px solid #555; }
      .key.dashed { border-top-style: dashed; }
      .key.dotted { border-top: 3px dotted #ff7f0e; }
      ol.screen { margin: 6px 0; }
      svg.bar { display: block; }
      .rate { display: flex; align-items: center; gap: 6px; white-space: nowrap; font-size: 13px; }
      .chart-key { font-size: 13px; color: #444; }
      .swatch { display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 8px; border-radius: 2px; }
      @media print { .scroll { overflow: visible; border: none; } .item { break-inside: avoid; } }
      """;
}
