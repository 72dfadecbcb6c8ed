// Auditor case page: draws each process of the case with the elements it passed, and each DMN evaluation as its
// decision table with the matched rules highlighted. Read-only viewers; data from /audit/cases/{n}/diagrams.
(function () {
  'use strict';

  function heading(level, text) {
    var h = document.createElement('h' + level);
    h.textContent = text;
    return h;
  }

  function showProcess(parent, process) {
    var box = document.createElement('div');
    box.className = 'diagram';
    parent.appendChild(heading(3, (process.name || process.processDefinitionKey) + ' (gestart ' +
      new Date(process.startedAt).toLocaleString('nl-NL') + ')'));
    parent.appendChild(box);
    var viewer = new BpmnJS({ container: box });
    viewer.importXML(process.xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      process.activityIds.forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'audit-taken');
        }
      });
      canvas.zoom('fit-viewport');
    }).catch(function (err) {
      box.textContent = 'Diagram kon niet worden getoond: ' + err.message;
    });
  }

  function showDecision(parent, decision) {
    var box = document.createElement('div');
    box.className = 'decision';
    parent.appendChild(heading(3, new Date(decision.evaluatedAt).toLocaleString('nl-NL') + ': ' + decision.name));
    parent.appendChild(box);
    var viewer = new DmnJS({ container: box });
    viewer.importXML(decision.xml, { open: false }, function (err) {
      if (err) {
        box.textContent = 'Beslistabel kon niet worden getoond: ' + err.message;
        return;
      }
      var view = viewer.getViews().filter(function (v) {
        return v.element.id === decision.decisionDefinitionKey && v.type !== 'drd';
      })[0];
      if (!view) {
        box.textContent = 'Beslissing ' + decision.decisionDefinitionKey + ' niet gevonden in het model.';
        return;
      }
      viewer.open(view, function (openErr) {
        if (openErr) {
          box.textContent = 'Beslistabel kon niet worden getoond: ' + openErr.message;
          return;
        }
        decision.ruleIds.forEach(function (ruleId) {
          box.querySelectorAll('[data-row-id="' + CSS.escape(ruleId) + '"]').forEach(function (cell) {
            cell.classList.add('audit-matched');
          });
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var processes = document.getElementById('processes');
    var decisions = document.getElementById('decisions');
    if (!processes) {
      return;
    }
    fetch(new URL(processes.getAttribute('data-diagrams'), window.location.origin).href, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (diagrams) {
        diagrams.processes.forEach(function (p) { showProcess(processes, p); });
        if (diagrams.decisions.length === 0) {
          decisions.textContent = 'Geen beslissingen in deze zaak.';
        }
        diagrams.decisions.forEach(function (d) { showDecision(decisions, d); });
      })
      .catch(function (err) {
        processes.textContent = 'Diagrammen konden niet worden geladen: ' + err.message;
      });
  });
}());
