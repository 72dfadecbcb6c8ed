#!/usr/bin/env node
// Adds diagram interchange (BPMNDiagram: shapes, edges, labels) to BPMN files that have none,
// so they open laid out in Camunda Modeler.
//
//   node tools/layout-bpmn.mjs [--force] bpmn/Foo.bpmn [...]
//
// A file that already has a diagram is left alone (its layout may be hand-made in Modeler);
// --force drops the existing diagram and lays the file out again.
//
// Only the diagram is generated: the process XML as written stays byte for byte as it was
// (extension elements, attribute order and comments are not touched). The layout comes from
// bpmn-auto-layout and is then widened so that Dutch task names fit, and given label positions
// for events, gateways and named sequence flows so the names do not sit on the lines.

import { readFile, writeFile } from 'node:fs/promises';
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';

const SCALE_X = 1.5;
const SCALE_Y = 1.2;
const ACTIVITY_WIDTH = 150;
const ACTIVITY_HEIGHT = 80;
const LABEL_WIDTH = 90;
const LABEL_LINE_HEIGHT = 14;
const LABEL_CHAR_WIDTH = 6.2;

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter(arg => !arg.startsWith('--'));

if (files.length === 0) {
  console.error('usage: node tools/layout-bpmn.mjs [--force] <file.bpmn>...');
  process.exit(2);
}

const moddle = new BpmnModdle();
let failed = false;

for (const file of files) {
  try {
    const result = await layoutFile(file);
    console.log(`${file}: ${result}`);
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error.message}`);
  }
}

process.exit(failed ? 1 : 0);

async function layoutFile(file) {
  const original = await readFile(file, 'utf8');
  const hasDiagram = /<(\w+:)?BPMNDiagram[\s>]/.test(original);

  if (hasDiagram && !force) {
    return 'has a diagram already, left as it is (use --force to lay it out again)';
  }

  const semantic = stripDiagrams(original);
  const laidOut = await layoutProcess(semantic);
  const { rootElement: definitions } = await moddle.fromXML(laidOut);

  for (const diagram of definitions.diagrams || []) {
    refine(diagram.plane);
  }

  const { xml } = await moddle.toXML(definitions, { format: true });
  const diagramXml = xml.match(/^( *)<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/m);

  if (!diagramXml) {
    throw new Error('bpmn-auto-layout produced no diagram');
  }

  const updated = ensureDiNamespaces(semantic)
    .replace(/\s*<\/bpmn:definitions>\s*$/, `\n${diagramXml[0]}\n</bpmn:definitions>\n`);

  await writeFile(file, updated, 'utf8');

  return hasDiagram ? 'laid out again' : 'laid out';
}

function stripDiagrams(xml) {
  return xml.replace(/\s*<bpmndi:BPMNDiagram[\s\S]*?<\/bpmndi:BPMNDiagram>/g, '');
}

function ensureDiNamespaces(xml) {
  const namespaces = {
    bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
    dc: 'http://www.omg.org/spec/DD/20100524/DC',
    di: 'http://www.omg.org/spec/DD/20100524/DI'
  };

  return xml.replace(/<bpmn:definitions\b[^>]*>/, tag => {
    let result = tag;
    for (const [ prefix, uri ] of Object.entries(namespaces)) {
      if (!result.includes(`xmlns:${prefix}=`)) {
        result = result.replace('<bpmn:definitions', `<bpmn:definitions xmlns:${prefix}="${uri}"`);
      }
    }
    return result;
  });
}

// layout refinement //////////

function refine(plane) {
  const shapes = plane.planeElement.filter(element => element.$type === 'bpmndi:BPMNShape');
  const edges = plane.planeElement.filter(element => element.$type === 'bpmndi:BPMNEdge');

  const oldBounds = new Map();
  for (const shape of shapes) {
    oldBounds.set(shape.bpmnElement, { ...pick(shape.bounds) });
  }

  // hosts first, boundary events are placed relative to their host afterwards
  for (const shape of shapes) {
    const element = shape.bpmnElement;
    if (element.attachedToRef) {
      continue;
    }
    const old = oldBounds.get(element);
    const isActivity = is(element, 'bpmn:Activity');
    const width = isActivity ? ACTIVITY_WIDTH : old.width;
    const height = isActivity ? ACTIVITY_HEIGHT : old.height;
    const center = scale(centerOf(old));
    setBounds(shape.bounds, center.x - width / 2, center.y - height / 2, width, height);
  }

  const newBoundsOf = element => pick(shapes.find(shape => shape.bpmnElement === element).bounds);

  for (const shape of shapes) {
    const element = shape.bpmnElement;
    if (!element.attachedToRef) {
      continue;
    }
    const oldHost = oldBounds.get(element.attachedToRef);
    const newHost = newBoundsOf(element.attachedToRef);
    const old = oldBounds.get(element);
    const center = mapRelative(centerOf(old), oldHost, newHost);
    setBounds(shape.bounds, center.x - old.width / 2, center.y - old.height / 2, old.width, old.height);
  }

  for (const edge of edges) {
    const flow = edge.bpmnElement;
    const points = edge.waypoint.map(point => ({ x: point.x, y: point.y }));
    const last = points.length - 1;
    const mapped = points.map((point, index) => {
      if (index === 0) {
        return mapRelative(point, oldBounds.get(flow.sourceRef), newBoundsOf(flow.sourceRef));
      }
      if (index === last) {
        return mapRelative(point, oldBounds.get(flow.targetRef), newBoundsOf(flow.targetRef));
      }
      return scale(point);
    });

    // keep segments that were straight (horizontal or vertical) straight
    for (let i = 0; i < last; i++) {
      alignSegment(points, mapped, i, i + 1, last);
    }
    for (let i = last; i > 0; i--) {
      alignSegment(points, mapped, i, i - 1, last);
    }

    edge.waypoint.forEach((point, index) => {
      point.x = Math.round(mapped[index].x);
      point.y = Math.round(mapped[index].y);
    });
  }

  for (const shape of shapes) {
    const element = shape.bpmnElement;
    if (!element.name || !(is(element, 'bpmn:Event') || is(element, 'bpmn:Gateway'))) {
      continue;
    }
    const bounds = pick(shape.bounds);
    const size = labelSize(element.name);
    let x, y;
    if (element.attachedToRef) {
      // beside the outgoing flow, which leaves the boundary event downwards
      x = bounds.x + bounds.width - 4;
      y = bounds.y + bounds.height + 2;
    } else if (is(element, 'bpmn:Gateway')) {
      // above: outgoing branches leave to the right and downwards
      x = bounds.x + bounds.width / 2 - size.width / 2;
      y = bounds.y - size.height - 6;
    } else {
      x = bounds.x + bounds.width / 2 - size.width / 2;
      y = bounds.y + bounds.height + 6;
    }
    shape.label = createLabel(x, y, size);
  }

  for (const edge of edges) {
    const name = edge.bpmnElement.name;
    if (!name) {
      continue;
    }
    // above the first horizontal segment (branches of one gateway often share a vertical
    // trunk, where their labels would sit on top of each other), else beside the first segment
    const points = edge.waypoint;
    const size = labelSize(name);
    const index = points.findIndex((point, i) => i < points.length - 1 && point.y === points[i + 1].y);
    const start = points[Math.max(index, 0)];
    const x = index >= 0 ? start.x + 8 : start.x + 6;
    const y = index >= 0 ? start.y - size.height - 3 : start.y + 6;
    edge.label = createLabel(x, y, size);
  }
}

function alignSegment(original, mapped, from, to, last) {
  const isEnd = index => index === 0 || index === last;
  if (isEnd(to)) {
    return;
  }
  if (original[from].x === original[to].x) {
    mapped[to].x = mapped[from].x;
  }
  if (original[from].y === original[to].y) {
    mapped[to].y = mapped[from].y;
  }
}

function createLabel(x, y, size) {
  return moddle.create('bpmndi:BPMNLabel', {
    bounds: moddle.create('dc:Bounds', {
      x: Math.round(x), y: Math.round(y), width: size.width, height: size.height
    })
  });
}

function labelSize(text) {
  const maxChars = Math.floor(LABEL_WIDTH / LABEL_CHAR_WIDTH);
  const lines = [];
  for (const word of text.split(/\s+/)) {
    const current = lines[lines.length - 1];
    if (current !== undefined && (current + ' ' + word).length <= maxChars) {
      lines[lines.length - 1] = current + ' ' + word;
    } else {
      lines.push(word);
    }
  }
  const longest = Math.max(...lines.map(line => line.length));
  return {
    // a single long word (schuldhulpverlening) may make the label wider than LABEL_WIDTH
    width: Math.max(16, Math.ceil(longest * LABEL_CHAR_WIDTH) + 8),
    height: lines.length * LABEL_LINE_HEIGHT
  };
}

function mapRelative(point, oldBounds, newBounds) {
  const oldCenter = centerOf(oldBounds);
  const newCenter = centerOf(newBounds);
  return {
    x: newCenter.x + (point.x - oldCenter.x) * (newBounds.width / oldBounds.width),
    y: newCenter.y + (point.y - oldCenter.y) * (newBounds.height / oldBounds.height)
  };
}

function scale(point) {
  return { x: point.x * SCALE_X, y: point.y * SCALE_Y };
}

function centerOf(bounds) {
  return { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}

function pick(bounds) {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
}

function setBounds(bounds, x, y, width, height) {
  bounds.x = Math.round(x);
  bounds.y = Math.round(y);
  bounds.width = width;
  bounds.height = height;
}

function is(element, type) {
  return element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}
