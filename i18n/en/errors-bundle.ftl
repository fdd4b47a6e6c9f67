# A bundle's refusals: why a bundle from another assembly is not read, not imported or
# not trusted, and why a record of it was refused (src-tauri/core/src/bundle/). English is
# the reference (src-tauri/core/tests/i18n.rs); every id is used by the core
# (tests/error_ids.rs). A `why` is a message of its own, worded in the same language.
# Names of entries (records/meetings.jsonl), fields ("name") and tables are the format's
# own and stay as they are.

## The refusal of a whole file: the sentence around the reader's reason.

error-bundle-not-imported = { $file } was not imported: { $why }
error-bundle-unreadable = { $file } is not a bundle this Plenary can read: { $why }
error-bundle-cannot-open = { $file } cannot be opened here: { $why }
error-bundle-cannot-read = { $file } cannot be read: { $why }
error-bundle-database-refused = { $file } was not imported: the database refused it ({ $detail }); nothing was written
error-bundle-path-too-large = { $path } is { $size } bytes; a bundle may be at most { $max } bytes

## Where in the bundle.

error-bundle-at-line = { $entry } line { $line }: { $why }
error-bundle-at-character = { $why } (at character { $at })
error-bundle-in-manifest = manifest.json: { $why }

## The signature, the maker's key and code.

error-bundle-not-signed = it has no manifest.sig: it is not signed
error-bundle-signature-not-ed25519 = manifest.sig is not an Ed25519 signature (128 hex digits)
error-bundle-signature-mismatch = the signature does not match: the bundle was changed after it was signed, or was not signed by the assembly it names
error-bundle-key-mismatch = it claims to come from { $name } ({ $code }), which is known here under another key (fingerprint { $pinned }); this bundle's key has fingerprint { $key }. If that assembly really changed its key, check the new fingerprint with its people before trusting it
error-bundle-from-this-assembly = it was made by this assembly ({ $name }) itself: there is nothing to import
error-bundle-code-own = it comes from { $name } with the code { $code }, which is this assembly's own code: references such as { $code }-GA-1 would name two meetings. Ask that assembly to choose another code
error-bundle-code-taken = it comes from { $name } with the code { $code }, which { $other } already uses here: references such as { $code }-GA-1 would name two meetings
error-bundle-assembly-code-invalid = the assembly code { $code } is not a valid code
# A field of the manifest, inside a refusal of errors.ftl ("… is empty").
error-bundle-field-assembly-name = the assembly's name
error-bundle-assembly-revision = the assembly's revision must be 1 or more
error-bundle-assembly-key-not-hex = the assembly's public key is not 64 hex digits
error-bundle-assembly-key-not-ed25519 = the assembly's public key is not an Ed25519 key

## The manifest and the format.

error-bundle-file-too-large = the file is { $size } bytes; a bundle may be at most { $max }
error-bundle-no-manifest = it has no manifest.json: it is not a Plenary bundle
error-bundle-manifest-not-json = manifest.json is not valid JSON: { $detail }
error-bundle-manifest-not-plenary = manifest.json does not say "format": "{ $format }": it is not a Plenary bundle
error-bundle-newer-format = it was made by a newer Plenary (bundle format version { $version }; this Plenary reads versions { $oldest } and { $newest }); update Plenary to import it
error-bundle-unknown-format-version = manifest.json has an unknown format version { $version }; this Plenary reads versions { $oldest } and { $newest }
error-bundle-version-none = (none)
error-bundle-counts-unknown-table = manifest.json counts records of a table this Plenary does not know ({ $table }); update Plenary to import it
error-bundle-minutes-not-entry = manifest.json: the minutes of meeting { $meeting } are in { $entry }, which is not a minutes entry of the bundle
error-bundle-minutes-no-meeting = manifest.json lists minutes of meeting { $meeting }, which the bundle does not carry
error-bundle-count-differs = manifest.json counts { $said } records in { $entry }, the entry holds { $held }
error-bundle-deletion-count-differs = manifest.json counts { $said } deletions, { $entry } holds { $held }

## The entries: changed, missing, unknown.

error-bundle-entry-changed = entry { $entry } does not match its SHA-256 in the manifest: it was changed or damaged after the bundle was made
error-bundle-entry-not-listed = entry { $entry } is not listed in the manifest
error-bundle-entry-size-differs = entry { $entry }: the manifest says { $listed } bytes, the zip { $size }
error-bundle-entry-listed-missing = entry { $entry } is listed in the manifest but missing
error-bundle-entry-missing = entry { $entry } is missing
error-bundle-entry-not-read = entry { $entry } was not read
error-bundle-entry-unknown-table = entry { $entry } holds a table this Plenary does not know; update Plenary to import it
error-bundle-entry-unknown = entry { $entry } is not part of a Plenary bundle
error-bundle-minutes-not-utf8 = { $entry } is not UTF-8 text
error-bundle-too-many-records = the bundle holds more than { $max } records

## The lines of an entry and the records in them.

error-bundle-line-too-long = { $entry } line { $line } is longer than { $max } bytes
error-bundle-line-empty = { $entry } line { $line } is empty
error-bundle-record-twice = { $entry } line { $line }: { $record } { $id } appears twice
error-bundle-record-foreign = { $entry } line { $line }: the { $record } { $id } belongs to assembly { $origin }, not to the assembly that made the bundle ({ $producer }); a bundle carries only its maker's records
error-bundle-deleted-twice = { $entry }: record { $id } is deleted twice
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } is both deleted and carried by the bundle
error-bundle-deletion-foreign = the deletion of { $id } names another assembly than the one that made the bundle
error-bundle-deletion-unknown-table = the deletion of { $id } names an unknown table { $table }
error-bundle-deletion-bad-time = field "deleted_at" is { $value }, not a time (RFC 3339 in UTC, ending in Z)
error-bundle-field-not-id = field { $field } is not an id (a lower-case UUID)

## A record's fields.

error-bundle-field-twice = field { $field } appears twice
error-bundle-field-missing = field { $field } is missing
error-bundle-field-unknown = unknown field { $field }: { $record } has only { $fields }
error-bundle-field-wrong-type = field { $field } must be { $wanted }, not { $found }
error-bundle-field-null = field { $field } cannot be null
error-bundle-field-outside = field { $field } is { $value }, outside { $wanted }
error-bundle-field-number-too-large = field { $field } is { $value }, too large
error-bundle-field-not-uuid = field { $field } is { $value }, not an id (a UUID written in lower-case 8-4-4-4-12 hex)
error-bundle-field-not-one-line = field { $field } must be one line of text (found a control character)
error-bundle-field-control = field { $field } contains a control character
error-bundle-field-not-wanted = field { $field } is { $value }, not { $wanted }
error-bundle-field-too-long = field { $field } is longer than { $max } characters
# What a field must be (after "must be", "outside", "not").
error-bundle-wanted-id = an id (UUID)
error-bundle-wanted-line = one line of text
error-bundle-wanted-text = text
error-bundle-wanted-one-of = one of { $words }
error-bundle-wanted-number = a whole number from { $min } to { $max }
error-bundle-wanted-date = a date YYYY-MM-DD
error-bundle-wanted-time = a time (RFC 3339 in UTC, ending in Z)
error-bundle-wanted-clock = a time of day HH:MM
# What a field was instead (after "not").
error-bundle-found-bool = true or false
error-bundle-found-number = a number
error-bundle-found-fraction = a fraction
error-bundle-found-text = text
error-bundle-found-list = a list
error-bundle-found-object = an object

## References between records.

error-bundle-reference-foreign = { $entry } line { $line } ({ $record } { $id }): { $column } { $target_id } names { $target } of another assembly; a bundle's records refer only to records of the assembly that made it
error-bundle-reference-missing = { $entry } line { $line } ({ $record } { $id }): { $column } { $target_id } names { $target } that is neither in the bundle nor in this database

## Why a single record was refused (the import's report lists them).

error-bundle-owner-this-assembly = this assembly
error-bundle-owner-assembly = assembly { $id }
error-bundle-refused-delete-not-theirs = the bundle deletes it, but it belongs to { $owner }
error-bundle-refused-delete-referred = its owner deleted it, but records here still refer to it
error-bundle-refused-deleted = its owner deleted it
error-bundle-refused-id-deleted = a record with this id, owned by { $owner }, was deleted
error-bundle-refused-own-record = it belongs to this assembly: an import never changes your own records
error-bundle-refused-third-party = it belongs to { $owner }, not to the assembly that made the bundle
error-bundle-refused-refers-to-refused = its { $column } names { $target } { $id }, which was refused
error-bundle-refused-refers-to-deleted = its { $column } names { $target } { $id }, which the bundle deletes
error-bundle-refused-unique = another { $record } already has { $same }
error-bundle-refused-unique-same-assembly = another { $record } of the same assembly already has { $same }
error-bundle-refused-check = it breaks the rule `{ $rule }`
error-bundle-refused-database = the database refuses it: { $detail }

## The record rules (docs/bundle-format.md, "Record rules"). A rule, an outcome and the
## decision function's reason are the format's codes (modified:90, passed).

error-bundle-rule-block-without-reason = it is a block without a reason: a block always gives its reason
error-bundle-rule-not-written-so = { $given } is not written as { $written }
error-bundle-rule-unknown-rule = its rule is not one this Plenary knows: { $why }
error-bundle-rule-unknown-default-rule = its default_rule is not one this Plenary knows: { $why }
error-bundle-rule-bad-limit = its stand_aside_limit is not a fraction: { $why }
error-bundle-rule-consensus-against = it counts { $against } against under consensus, where disagreement is a stand-aside or a block
error-bundle-rule-no-outcome = its outcome is not an outcome
error-bundle-rule-outcome-differs = its outcome is { $stored }, but { $support } support, { $against } against, { $stand_asides } stand-asides and { $blocks } blocks under { $terms } give { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, quorum { $quorum }
error-bundle-rule-terms-limit = { $rule }, stand-aside limit { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, quorum { $quorum }, stand-aside limit { $limit }
error-bundle-rule-no-such-version = it decides version { $version } of its proposal, which has no such version

## The zip.

error-bundle-not-zip = it is not a zip file
error-bundle-zip-truncated = the zip is truncated (its end-of-archive record is missing)
error-bundle-zip-split = a zip split over several disks is not a bundle
error-bundle-zip64 = ZIP64 archives are not bundles (a bundle is far smaller than 4 GiB)
error-bundle-too-many-entries = it has { $entries } entries; a bundle has at most { $max }
error-bundle-zip-directory-outside = the zip directory lies outside the file (truncated or damaged)
error-bundle-zip-directory-extra = the zip directory has bytes it does not account for
error-bundle-zip-directory-damaged = the zip directory is damaged
error-bundle-entry-twice = entry { $entry } appears twice
error-bundle-entry-too-large = entry { $entry } declares { $size } bytes; an entry may hold at most { $max }
error-bundle-small-entry-too-large = entry { $entry } declares { $size } bytes; it may hold at most { $max }
error-bundle-entry-ratio = entry { $entry } declares { $size } bytes from { $compressed } compressed bytes, more than deflate can produce (a zip bomb?)
error-bundle-entries-too-large = its entries declare more than { $max } bytes in all (a zip bomb?)
error-bundle-entries-overlap = entries { $first } and { $second } overlap
error-bundle-entry-name-not-utf8 = an entry name is not UTF-8 text
error-bundle-entry-encrypted = entry { $entry } is encrypted
error-bundle-entry-zip64 = entry { $entry } uses ZIP64 sizes
error-bundle-entry-folder-data = entry { $entry } is a folder entry but holds data
error-bundle-entry-stored-sizes = entry { $entry } is stored but its two sizes differ
error-bundle-entry-method = entry { $entry } uses compression method { $method }; bundles use deflate only
error-bundle-entry-no-local-header = entry { $entry }: its local header is missing (truncated or damaged)
error-bundle-entry-local-header-differs = entry { $entry }: its local header does not match the zip directory
error-bundle-entry-runs-past = entry { $entry } runs past the end of its data (truncated or damaged)
error-bundle-entry-name-empty = entry name { $name } is empty
error-bundle-entry-name-too-long = entry name { $name } is longer than 255 bytes
error-bundle-entry-name-backslash = entry name { $name } contains a backslash
error-bundle-entry-name-absolute = entry name { $name } is an absolute path
error-bundle-entry-name-climbs = entry name { $name } climbs out of its folder (../)
error-bundle-entry-name-empty-part = entry name { $name } has an empty path part
error-bundle-entry-name-control = entry name { $name } contains a control character
error-bundle-entry-not-inflated = entry { $entry } cannot be decompressed: { $detail }
error-bundle-entry-longer = entry { $entry } holds more than its declared size (a zip bomb?)
error-bundle-entry-shorter = entry { $entry } is shorter than its declared size (truncated or damaged)
error-bundle-entry-crc = entry { $entry } is damaged (its CRC does not match)

## Sealed bundles (sealed.json and bundle.age).

error-bundle-sealed-for-others = it is sealed for { $names }; this assembly is not one of them (only they can open it)
error-bundle-sealed-damaged = it is sealed for this assembly but cannot be opened: { $entry } is damaged or was altered ({ $detail })
error-bundle-sealed-no-payload = it has no { $entry }
error-bundle-sealed-inside-too-large = the bundle inside is larger than { $max } bytes, the most a bundle may be
error-bundle-sealed-not-json = { $entry } is not valid JSON: { $detail }
error-bundle-sealed-not-plenary = { $entry } does not say "format": "{ $format }"
error-bundle-sealed-newer = it was sealed by a newer Plenary (sealed form version { $version }; this Plenary reads version { $known }); update Plenary to open it
error-bundle-sealed-unknown-version = { $entry } has an unknown version
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = { $entry } names { $count } assemblies; a sealed bundle is for 1 to { $max }
error-bundle-sealed-fingerprint = { $entry }: the fingerprint given for { $name } is not its key's
error-bundle-sealed-entries = a sealed bundle holds exactly two entries, { $envelope } and { $payload }
error-bundle-sealed-key-unusable = { $entry }: the key of { $name } is not an Ed25519 public key one can seal to
error-bundle-sealed-no-age-key = cannot make an age key from an Ed25519 key
error-bundle-seal-no-one = a sealed bundle needs at least one assembly to be sealed to
error-bundle-seal-failed = cannot seal the bundle: { $detail }
# A list of assemblies ("A (X), B (Y) and C (Z)").
error-bundle-names-and = { $rest } and { $last }
error-bundle-names-none = no one

## Writing a bundle (export): this database's own records.

error-bundle-export-unreadable = cannot export { $table }.{ $column }: the database holds { $detail }
error-bundle-holds-not-uuid = an id that is not a UUID
error-bundle-holds-not-integer = a number that is not an integer
error-bundle-holds-bad-time = an unreadable time
error-bundle-holds-not-text = a value that is not text
error-bundle-write-manifest = cannot write the manifest: { $detail }
error-bundle-write-deletion = cannot write a deletion: { $detail }
error-bundle-write-failed = cannot write the bundle: { $detail }
error-bundle-writer-stopped-early = the bundle writer stopped early
error-bundle-writer-stopped = the bundle writer stopped
error-bundle-writer-failed = the bundle writer failed

## Kinds of record, as refusals name them: bare, and with the indefinite article.

error-bundle-record-people = person
error-bundle-record-working-groups = working group
error-bundle-record-wg-status-changes = working-group status change
error-bundle-record-meetings = meeting
error-bundle-record-meeting-roles = meeting role
error-bundle-record-proposals = proposal
error-bundle-record-agenda-items = agenda item
error-bundle-record-report-backs = report-back
error-bundle-record-announcements = announcement
error-bundle-record-proposal-versions = proposal version
error-bundle-record-amendments = amendment
error-bundle-record-hearings = hearing
error-bundle-record-clarifying-questions = clarifying question
error-bundle-record-concerns = concern
error-bundle-record-temperature-checks = temperature check
error-bundle-record-decisions = decision
error-bundle-record-decision-stances = decision stance
error-bundle-record-proposal-status-changes = proposal status change
error-bundle-record-action-items = action item
error-bundle-record-assemblies = assembly
error-bundle-a-people = a person
error-bundle-a-working-groups = a working group
error-bundle-a-wg-status-changes = a working-group status change
error-bundle-a-meetings = a meeting
error-bundle-a-meeting-roles = a meeting role
error-bundle-a-proposals = a proposal
error-bundle-a-agenda-items = an agenda item
error-bundle-a-report-backs = a report-back
error-bundle-a-announcements = an announcement
error-bundle-a-proposal-versions = a proposal version
error-bundle-a-amendments = an amendment
error-bundle-a-hearings = a hearing
error-bundle-a-clarifying-questions = a clarifying question
error-bundle-a-concerns = a concern
error-bundle-a-temperature-checks = a temperature check
error-bundle-a-decisions = a decision
error-bundle-a-decision-stances = a decision stance
error-bundle-a-proposal-status-changes = a proposal status change
error-bundle-a-action-items = an action item
