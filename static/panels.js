// Starts the page's second module (the VNet design, outbound, comparison, exports and imports; see
// src/ui/bridge.rs): its wasm-bindgen glue, then the module. The first module adds this script
// once its first result is on screen.
(() => {
    const glue = document.createElement('script');
    glue.src = './aks-calc-panels.js';
    glue.onload = () => wasm_bindgen({ module_or_path: './aks-calc-panels_bg.wasm' });
    document.head.appendChild(glue);
})();
