import { generateModel } from "./bench/generate-model";
import { analyzeModel } from "./lib/alignment/rules/analyze-model";
import { markFindings } from "./lib/system-view/rules/finding-marks";
import { buildClusters } from "./lib/system-view/rules/build-clusters";
import { buildFocus } from "./lib/system-view/rules/build-focus";
const model = generateModel(1);
const { findings } = analyzeModel(model);
let t = performance.now(); const marks = markFindings(findings); console.log("marks", (performance.now() - t).toFixed(0));
for (let i = 0; i < 5; i++) {
t = performance.now(); const g = buildClusters(model, marks, {}); console.log("clusters", (performance.now() - t).toFixed(0), JSON.stringify(g).length);
t = performance.now(); const f = buildFocus(model, marks, {focus: `kpi:k${i}`}); console.log("focus", (performance.now() - t).toFixed(0), JSON.stringify(f).length);
}
