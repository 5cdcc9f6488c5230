// Marks the page once the element from the installed package has drawn its first 3D frame.
document.querySelector('kinetic-chain-explorer').addEventListener('ready', () => {
  window.kceReady = true
})
