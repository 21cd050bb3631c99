#!/usr/bin/env bash
# Vendors the browser libraries of the desk into src/main/resources/static/vendor/, from the npm
# registry, at pinned versions checked against pinned integrity hashes. The files it writes are
# committed: nothing is fetched when the product is built or run, and there is no front-end build.
#
#   frontend-static/vendor.sh          re-vendor (after changing a version below)
#   frontend-static/vendor.sh --check  verify that the committed files are exactly what the pins give
#
# Needs npm (only to fetch the tarballs) and sha512sum/base64. To upgrade a library: change its
# version and integrity (`npm view NAME@VERSION dist.integrity`), run this, test, commit.
set -euo pipefail

cd "$(dirname "$0")"
DEST=src/main/resources/static/vendor

# name@version | integrity of the npm tarball | files taken from its package/ folder
PINS=(
    "@stomp/stompjs@7.5.0|sha512-xh3sdzEYH8M+krQGBOgj+U0BLBHd7ccTj8YM3mVxaULMTW/wx2QBWf448pilRiWZKjglhDmNILxM3W+j/Ch9uw==|bundles/stomp.umd.min.js LICENSE"
    "oidc-client-ts@3.5.0|sha512-l2q8l9CTCTOlbX+AnK4p3M+4CEpKpyQhle6blQkdFhm0IsBqsxm15bYaSa11G7pWdsYr6epdsRZxJpCyCRbT8A==|dist/browser/oidc-client-ts.min.js LICENSE"
    "uplot@1.6.32|sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw==|dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

out=$work/vendor
mkdir -p "$out"
for pin in "${PINS[@]}"; do
    IFS='|' read -r spec integrity files <<<"$pin"
    name=${spec%@*}
    version=${spec##*@}
    flat=$(echo "$name" | tr -d '@' | tr '/' '-')
    (cd "$work" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "vendor.sh: npm pack $spec failed" >&2; exit 1; }
    tarball=$work/$flat-$version.tgz
    actual="sha512-$(sha512sum "$tarball" | cut -d' ' -f1 | xxd -r -p | base64 -w0)"
    if [ "$actual" != "$integrity" ]; then
        echo "vendor.sh: $spec has integrity $actual, pinned $integrity" >&2
        exit 1
    fi
    mkdir -p "$work/$flat"
    tar -xzf "$tarball" -C "$work/$flat"
    for f in $files; do
        base=$(basename "$f")
        # one folder, file names prefixed with the library, so the provenance is in the name
        case "$base" in
            LICENSE) target="$flat.LICENSE.txt" ;;
            *) target="$base" ;;
        esac
        cp "$work/$flat/package/$f" "$out/$target"
    done
    echo "$spec $integrity" >>"$out/VERSIONS.txt"
done

if [ "${1:-}" = "--check" ]; then
    if diff -r "$out" "$DEST" >/dev/null; then
        echo "vendor.sh: $DEST matches the pins"
    else
        diff -r "$out" "$DEST" | head -20 >&2
        echo "vendor.sh: $DEST differs from the pins: run frontend-static/vendor.sh" >&2
        exit 1
    fi
else
    rm -rf "$DEST"
    mkdir -p "$DEST"
    cp "$out"/* "$DEST"/
    echo "vendor.sh: wrote $(ls "$DEST" | wc -l) files to $DEST"
fi
