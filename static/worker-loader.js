// Starts the export/import worker: the wasm-bindgen glue, then the module.
importScripts('./aks-calc-worker.js');
wasm_bindgen({ module_or_path: './aks-calc-worker_bg.wasm' });
