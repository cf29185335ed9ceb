#!/usr/bin/env bash
# Submits a CSV file of figures to Candor with an API key, using nothing but curl.
#
#   CANDOR_API_KEY=cnd_xxxxxxxx_... scripts/examples/submit-csv.sh figures.csv
#
# CANDOR_API_URL defaults to http://localhost:3000. The idempotency key defaults to a hash of the
# file, so running the script twice with the same file stores it once. Prints Candor's report
# (JSON); exits non-zero when the figures were refused, with the errors by row and column.
set -euo pipefail
file="${1:?usage: submit-csv.sh FILE.csv [IDEMPOTENCY-KEY]}"
key="${2:-$(sha256sum "$file" | cut -c1-40)}"
curl --fail-with-body --silent --show-error \
  -X POST "${CANDOR_API_URL:-http://localhost:3000}/api/submissions" \
  -H "Authorization: Bearer ${CANDOR_API_KEY:?set CANDOR_API_KEY to an API key}" \
  -H "Content-Type: text/csv" \
  -H "Idempotency-Key: ${key}" \
  --data-binary @"${file}"
echo
