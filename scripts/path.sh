# Sourced by the scripts in this folder (from the repository root): cargo's tools, the npm
# tools, and, when the machine's Node is older than 20, the Node 20 that scripts/setup
# fetched from the npm registry into .tools/node; and `wasm_opt_params`.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
for rolefit_node in "$PWD"/.tools/node/node_modules/node-linux-*/bin; do
  [ -x "$rolefit_node/node" ] && export PATH="$rolefit_node:$PATH"
done
unset rolefit_node

# The pages' wasm-opt parameters (index.html's `data-wasm-opt-params`; tests/it/tidy.rs checks
# every page has the same), for the builds Trunk does not make: the profiler's, the floor's.
#   read -ra params <<< "$(wasm_opt_params)"
wasm_opt_params() {
  grep -o 'data-wasm-opt-params="[^"]*"' index.html | cut -d'"' -f2
}
