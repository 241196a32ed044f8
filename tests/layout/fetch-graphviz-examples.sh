#!/bin/sh
# Fetches Graphviz's own example graphs for tst_graphviz_examples, without root: `apt-get download`
# puts Debian's graphviz-doc package in the current folder and `dpkg -x` unpacks it anywhere.
#
#   fetch-graphviz-examples.sh DEST   → DEST/root/usr/share/doc/graphviz/examples/…
#
# Never fails the test run: when the package cannot be had (no network, no apt), it writes the
# reason to DEST/unavailable and the examples test skips. A finished unpack is reused.
set -u
dest=$1
mkdir -p "$dest" && cd "$dest" || exit 0
rm -f unavailable
[ -f complete ] && exit 0

rm -rf root ./*.deb
if ! log=$(timeout 300 apt-get download graphviz-doc 2>&1); then
    printf 'apt-get download graphviz-doc failed: %s\n' "$log" >unavailable
    exit 0
fi
if ! log=$(dpkg -x graphviz-doc_*.deb root 2>&1); then
    printf 'dpkg -x failed: %s\n' "$log" >unavailable
    exit 0
fi
# Debian compresses the larger examples (crazy.gv.gz, …); they are examples too.
find root -name '*.gv.gz' -exec gunzip -f {} +
touch complete
