# Porque é recusado um pacote de outra assembleia, ou um dos seus registos
# (src-tauri/core/src/bundle/). Um `why` é uma mensagem à parte, dita na mesma língua.
# Os nomes de entradas (records/meetings.jsonl), de campos ("name") e de tabelas são os
# do formato e não se traduzem.

## A recusa de um ficheiro inteiro

error-bundle-not-imported = { $file } não foi importado: { $why }
error-bundle-unreadable = { $file } não é um pacote que este Plenary consiga ler: { $why }
error-bundle-cannot-open = { $file } não pode ser aberto aqui: { $why }
error-bundle-cannot-read = { $file } não pode ser lido: { $why }
error-bundle-database-refused = { $file } não foi importado: a base de dados recusou-o ({ $detail }); nada foi escrito
error-bundle-path-too-large = { $path } tem { $size } bytes; um pacote tem no máximo { $max } bytes

## Onde, no pacote

error-bundle-at-line = { $entry }, linha { $line }: { $why }
error-bundle-at-character = { $why } (no carácter { $at })
error-bundle-in-manifest = manifest.json: { $why }

## A assinatura, a chave e o código de quem o fez

error-bundle-not-signed = não tem manifest.sig: não está assinado
error-bundle-signature-not-ed25519 = manifest.sig não é uma assinatura Ed25519 (128 dígitos hexadecimais)
error-bundle-signature-mismatch = a assinatura não corresponde: o pacote foi alterado depois de assinado, ou não foi assinado pela assembleia que indica
error-bundle-key-mismatch = diz vir de { $name } ({ $code }), que aqui é conhecida com outra chave (impressão digital { $pinned }); a chave deste pacote tem a impressão digital { $key }. Se essa assembleia mudou mesmo de chave, confirmem a nova impressão digital com as suas pessoas antes de confiar nela
error-bundle-from-this-assembly = foi feito por esta mesma assembleia ({ $name }): não há nada para importar
error-bundle-code-own = vem de { $name } com o código { $code }, que é o código desta assembleia: referências como { $code }-GA-1 designariam duas assembleias. Peçam a essa assembleia que escolha outro código
error-bundle-code-taken = vem de { $name } com o código { $code }, que { $other } já usa aqui: referências como { $code }-GA-1 designariam duas assembleias
error-bundle-assembly-code-invalid = o código de assembleia { $code } não é um código válido
error-bundle-field-assembly-name = o nome da assembleia
error-bundle-assembly-revision = a revisão da assembleia tem de ser 1 ou mais
error-bundle-assembly-key-not-hex = a chave pública da assembleia não tem 64 dígitos hexadecimais
error-bundle-assembly-key-not-ed25519 = a chave pública da assembleia não é uma chave Ed25519

## O manifesto e o formato

error-bundle-file-too-large = o ficheiro tem { $size } bytes; um pacote tem no máximo { $max }
error-bundle-no-manifest = não tem manifest.json: não é um pacote do Plenary
error-bundle-manifest-not-json = manifest.json não é JSON válido: { $detail }
error-bundle-manifest-not-plenary = manifest.json não diz "format": "{ $format }": não é um pacote do Plenary
error-bundle-newer-format = foi feito por um Plenary mais recente (versão { $version } do formato de pacote; este Plenary lê as versões { $oldest } e { $newest }); atualizem o Plenary para o importar
error-bundle-unknown-format-version = manifest.json tem uma versão de formato desconhecida, { $version }; este Plenary lê as versões { $oldest } e { $newest }
error-bundle-version-none = (nenhuma)
error-bundle-counts-unknown-table = manifest.json conta registos de uma tabela que este Plenary não conhece ({ $table }); atualizem o Plenary para o importar
error-bundle-minutes-not-entry = manifest.json: a ata da assembleia { $meeting } está em { $entry }, que não é uma entrada de atas do pacote
error-bundle-minutes-no-meeting = manifest.json indica a ata da assembleia { $meeting }, que o pacote não traz
error-bundle-count-differs = manifest.json conta { $said } registos em { $entry }, e a entrada tem { $held }
error-bundle-deletion-count-differs = manifest.json conta { $said } eliminações, e { $entry } tem { $held }

## As entradas: alteradas, em falta, desconhecidas

error-bundle-entry-changed = a entrada { $entry } não corresponde ao seu SHA-256 no manifesto: foi alterada ou danificada depois de o pacote ser feito
error-bundle-entry-not-listed = a entrada { $entry } não consta do manifesto
error-bundle-entry-size-differs = entrada { $entry }: o manifesto diz { $listed } bytes, o zip { $size }
error-bundle-entry-listed-missing = a entrada { $entry } consta do manifesto mas falta
error-bundle-entry-missing = falta a entrada { $entry }
error-bundle-entry-not-read = a entrada { $entry } não foi lida
error-bundle-entry-unknown-table = a entrada { $entry } tem uma tabela que este Plenary não conhece; atualizem o Plenary para o importar
error-bundle-entry-unknown = a entrada { $entry } não faz parte de um pacote do Plenary
error-bundle-minutes-not-utf8 = { $entry } não é texto UTF-8
error-bundle-too-many-records = o pacote tem mais de { $max } registos

## As linhas de uma entrada e os seus registos

error-bundle-line-too-long = { $entry }, linha { $line }: tem mais de { $max } bytes
error-bundle-line-empty = { $entry }, linha { $line }: está vazia
error-bundle-record-twice = { $entry }, linha { $line }: { $record } { $id } aparece duas vezes
error-bundle-record-foreign = { $entry }, linha { $line }: { $record } { $id } é da assembleia { $origin }, não da assembleia que fez o pacote ({ $producer }); um pacote só traz os registos de quem o faz
error-bundle-deleted-twice = { $entry }: o registo { $id } é eliminado duas vezes
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } é eliminado e ao mesmo tempo vem no pacote
error-bundle-deletion-foreign = a eliminação de { $id } indica outra assembleia que não a que fez o pacote
error-bundle-deletion-unknown-table = a eliminação de { $id } indica uma tabela desconhecida, { $table }
error-bundle-deletion-bad-time = o campo "deleted_at" é { $value }, que não é uma hora (RFC 3339 em UTC, terminada em Z)
error-bundle-field-not-id = o campo { $field } não é um id (um UUID em minúsculas)

## Os campos de um registo

error-bundle-field-twice = o campo { $field } aparece duas vezes
error-bundle-field-missing = falta o campo { $field }
error-bundle-field-unknown = campo desconhecido { $field }: { $record } só tem { $fields }
error-bundle-field-wrong-type = o campo { $field } tem de ser { $wanted }, não { $found }
error-bundle-field-null = o campo { $field } não pode ser null
error-bundle-field-outside = o campo { $field } é { $value }, fora de { $wanted }
error-bundle-field-number-too-large = o campo { $field } é { $value }, grande demais
error-bundle-field-not-uuid = o campo { $field } é { $value }, que não é um id (um UUID escrito em hexadecimal minúsculo, 8-4-4-4-12)
error-bundle-field-not-one-line = o campo { $field } tem de ser uma só linha de texto (tem um carácter de controlo)
error-bundle-field-control = o campo { $field } tem um carácter de controlo
error-bundle-field-not-wanted = o campo { $field } é { $value }, não { $wanted }
error-bundle-field-too-long = o campo { $field } tem mais de { $max } caracteres
# O que um campo tem de ser.
error-bundle-wanted-id = um id (UUID)
error-bundle-wanted-line = uma linha de texto
error-bundle-wanted-text = texto
error-bundle-wanted-one-of = um de { $words }
error-bundle-wanted-number = um número inteiro de { $min } a { $max }
error-bundle-wanted-date = uma data AAAA-MM-DD
error-bundle-wanted-time = uma hora (RFC 3339 em UTC, terminada em Z)
error-bundle-wanted-clock = uma hora do dia HH:MM
# O que era em vez disso.
error-bundle-found-bool = verdadeiro ou falso
error-bundle-found-number = um número
error-bundle-found-fraction = um número com casas decimais
error-bundle-found-text = texto
error-bundle-found-list = uma lista
error-bundle-found-object = um objeto

## Referências entre registos

error-bundle-reference-foreign = { $entry }, linha { $line } ({ $record } { $id }): { $column } { $target_id } indica { $target } de outra assembleia; os registos de um pacote só se referem a registos da assembleia que o fez
error-bundle-reference-missing = { $entry }, linha { $line } ({ $record } { $id }): { $column } { $target_id } indica { $target } que não está nem no pacote nem nesta base de dados

## Porque foi recusado um registo (o relatório da importação lista-os)

error-bundle-owner-this-assembly = esta assembleia
error-bundle-owner-assembly = a assembleia { $id }
error-bundle-refused-delete-not-theirs = o pacote elimina-o, mas é de { $owner }
error-bundle-refused-delete-referred = quem o fez eliminou-o, mas há registos aqui que ainda se referem a ele
error-bundle-refused-deleted = quem o fez eliminou-o
error-bundle-refused-id-deleted = foi eliminado um registo com este id, que era de { $owner }
error-bundle-refused-own-record = é desta assembleia: uma importação nunca altera os vossos próprios registos
error-bundle-refused-third-party = é de { $owner }, não da assembleia que fez o pacote
error-bundle-refused-refers-to-refused = o seu { $column } indica { $target } { $id }, que foi recusado
error-bundle-refused-refers-to-deleted = o seu { $column } indica { $target } { $id }, que o pacote elimina
error-bundle-refused-unique = outro registo do tipo «{ $record }» já tem { $same }
error-bundle-refused-unique-same-assembly = outro registo do tipo «{ $record }» da mesma assembleia já tem { $same }
error-bundle-refused-check = viola a regra `{ $rule }`
error-bundle-refused-database = a base de dados recusa-o: { $detail }

## As regras dos registos. A regra, os resultados e o motivo são códigos do formato.

error-bundle-rule-block-without-reason = é um bloqueio sem motivo: um bloqueio dá sempre o seu motivo
error-bundle-rule-not-written-so = { $given } não está escrito como { $written }
error-bundle-rule-unknown-rule = a sua regra não é uma que este Plenary conheça: { $why }
error-bundle-rule-unknown-default-rule = a sua default_rule não é uma que este Plenary conheça: { $why }
error-bundle-rule-bad-limit = o seu stand_aside_limit não é uma fração: { $why }
error-bundle-rule-consensus-against = conta { $against } contra num consenso, onde o desacordo é uma abstenção ou um bloqueio
error-bundle-rule-no-outcome = o seu resultado não é um resultado
error-bundle-rule-outcome-differs = o seu resultado é { $stored }, mas { $support } a favor, { $against } contra, { $stand_asides } abstenções e { $blocks } bloqueios com { $terms } dão { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, quórum { $quorum }
error-bundle-rule-terms-limit = { $rule }, limite de abstenções { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, quórum { $quorum }, limite de abstenções { $limit }
error-bundle-rule-no-such-version = decide a versão { $version } da sua proposta, que não tem essa versão

## O zip

error-bundle-not-zip = não é um ficheiro zip
error-bundle-zip-truncated = o zip está cortado (falta o seu registo de fim de arquivo)
error-bundle-zip-split = um zip repartido por vários discos não é um pacote
error-bundle-zip64 = os arquivos ZIP64 não são pacotes (um pacote é muito mais pequeno que 4 GiB)
error-bundle-too-many-entries = tem { $entries } entradas; um pacote tem no máximo { $max }
error-bundle-zip-directory-outside = o diretório do zip fica fora do ficheiro (cortado ou danificado)
error-bundle-zip-directory-extra = o diretório do zip tem bytes que não explica
error-bundle-zip-directory-damaged = o diretório do zip está danificado
error-bundle-entry-twice = a entrada { $entry } aparece duas vezes
error-bundle-entry-too-large = a entrada { $entry } declara { $size } bytes; uma entrada tem no máximo { $max }
error-bundle-small-entry-too-large = a entrada { $entry } declara { $size } bytes; pode ter no máximo { $max }
error-bundle-entry-ratio = a entrada { $entry } declara { $size } bytes a partir de { $compressed } bytes comprimidos, mais do que o deflate consegue produzir (uma bomba zip?)
error-bundle-entries-too-large = as suas entradas declaram mais de { $max } bytes no total (uma bomba zip?)
error-bundle-entries-overlap = as entradas { $first } e { $second } sobrepõem-se
error-bundle-entry-name-not-utf8 = o nome de uma entrada não é texto UTF-8
error-bundle-entry-encrypted = a entrada { $entry } está cifrada
error-bundle-entry-zip64 = a entrada { $entry } usa tamanhos ZIP64
error-bundle-entry-folder-data = a entrada { $entry } é uma pasta mas tem dados
error-bundle-entry-stored-sizes = a entrada { $entry } não está comprimida mas os seus dois tamanhos diferem
error-bundle-entry-method = a entrada { $entry } usa o método de compressão { $method }; os pacotes só usam deflate
error-bundle-entry-no-local-header = entrada { $entry }: falta o seu cabeçalho local (cortada ou danificada)
error-bundle-entry-local-header-differs = entrada { $entry }: o seu cabeçalho local não corresponde ao diretório do zip
error-bundle-entry-runs-past = a entrada { $entry } passa do fim dos seus dados (cortada ou danificada)
error-bundle-entry-name-empty = o nome de entrada { $name } está vazio
error-bundle-entry-name-too-long = o nome de entrada { $name } tem mais de 255 bytes
error-bundle-entry-name-backslash = o nome de entrada { $name } tem uma barra invertida
error-bundle-entry-name-absolute = o nome de entrada { $name } é um caminho absoluto
error-bundle-entry-name-climbs = o nome de entrada { $name } sai da sua pasta (../)
error-bundle-entry-name-empty-part = o nome de entrada { $name } tem uma parte de caminho vazia
error-bundle-entry-name-control = o nome de entrada { $name } tem um carácter de controlo
error-bundle-entry-not-inflated = a entrada { $entry } não pode ser descomprimida: { $detail }
error-bundle-entry-longer = a entrada { $entry } tem mais do que o seu tamanho declarado (uma bomba zip?)
error-bundle-entry-shorter = a entrada { $entry } é mais curta do que o seu tamanho declarado (cortada ou danificada)
error-bundle-entry-crc = a entrada { $entry } está danificada (o seu CRC não corresponde)

## Pacotes selados (sealed.json e bundle.age)

error-bundle-sealed-for-others = está selado para { $names }; esta assembleia não é uma delas (só elas o podem abrir)
error-bundle-sealed-damaged = está selado para esta assembleia mas não pode ser aberto: { $entry } está danificado ou foi alterado ({ $detail })
error-bundle-sealed-no-payload = não tem { $entry }
error-bundle-sealed-inside-too-large = o pacote lá dentro tem mais de { $max } bytes, o máximo que um pacote pode ter
error-bundle-sealed-not-json = { $entry } não é JSON válido: { $detail }
error-bundle-sealed-not-plenary = { $entry } não diz "format": "{ $format }"
error-bundle-sealed-newer = foi selado por um Plenary mais recente (versão { $version } da forma selada; este Plenary lê a versão { $known }); atualizem o Plenary para o abrir
error-bundle-sealed-unknown-version = { $entry } tem uma versão desconhecida
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = { $entry } indica { $count } assembleias; um pacote selado é para 1 a { $max }
error-bundle-sealed-fingerprint = { $entry }: a impressão digital dada para { $name } não é a da sua chave
error-bundle-sealed-entries = um pacote selado tem exatamente duas entradas, { $envelope } e { $payload }
error-bundle-sealed-key-unusable = { $entry }: a chave de { $name } não é uma chave pública Ed25519 para a qual se possa selar
error-bundle-sealed-no-age-key = não é possível fazer uma chave age a partir de uma chave Ed25519
error-bundle-seal-no-one = um pacote selado precisa de pelo menos uma assembleia para a qual ser selado
error-bundle-seal-failed = não é possível selar o pacote: { $detail }
error-bundle-names-and = { $rest } e { $last }
error-bundle-names-none = ninguém

## Escrever um pacote (exportar): os registos próprios desta base de dados

error-bundle-export-unreadable = não é possível exportar { $table }.{ $column }: a base de dados tem { $detail }
error-bundle-holds-not-uuid = um id que não é um UUID
error-bundle-holds-not-integer = um número que não é inteiro
error-bundle-holds-bad-time = uma hora ilegível
error-bundle-holds-not-text = um valor que não é texto
error-bundle-write-manifest = não é possível escrever o manifesto: { $detail }
error-bundle-write-deletion = não é possível escrever uma eliminação: { $detail }
error-bundle-write-failed = não é possível escrever o pacote: { $detail }
error-bundle-writer-stopped-early = a escrita do pacote parou antes do tempo
error-bundle-writer-stopped = a escrita do pacote parou
error-bundle-writer-failed = a escrita do pacote falhou

## Tipos de registo: sozinhos e com artigo indefinido

error-bundle-record-people = pessoa
error-bundle-record-working-groups = grupo de trabalho
error-bundle-record-wg-status-changes = mudança de estado de um grupo de trabalho
error-bundle-record-meetings = assembleia
error-bundle-record-meeting-roles = papel na assembleia
error-bundle-record-proposals = proposta
error-bundle-record-agenda-items = ponto da ordem de trabalhos
error-bundle-record-report-backs = informe
error-bundle-record-announcements = anúncio
error-bundle-record-proposal-versions = versão de proposta
error-bundle-record-amendments = emenda
error-bundle-record-hearings = apreciação de proposta
error-bundle-record-clarifying-questions = pergunta de esclarecimento
error-bundle-record-concerns = preocupação
error-bundle-record-temperature-checks = medição da temperatura
error-bundle-record-decisions = decisão
error-bundle-record-decision-stances = posição numa decisão
error-bundle-record-proposal-status-changes = mudança de estado de uma proposta
error-bundle-record-action-items = tarefa
error-bundle-record-assemblies = assembleia
error-bundle-a-people = uma pessoa
error-bundle-a-working-groups = um grupo de trabalho
error-bundle-a-wg-status-changes = uma mudança de estado de um grupo de trabalho
error-bundle-a-meetings = uma assembleia
error-bundle-a-meeting-roles = um papel na assembleia
error-bundle-a-proposals = uma proposta
error-bundle-a-agenda-items = um ponto da ordem de trabalhos
error-bundle-a-report-backs = um informe
error-bundle-a-announcements = um anúncio
error-bundle-a-proposal-versions = uma versão de proposta
error-bundle-a-amendments = uma emenda
error-bundle-a-hearings = uma apreciação de proposta
error-bundle-a-clarifying-questions = uma pergunta de esclarecimento
error-bundle-a-concerns = uma preocupação
error-bundle-a-temperature-checks = uma medição da temperatura
error-bundle-a-decisions = uma decisão
error-bundle-a-decision-stances = uma posição numa decisão
error-bundle-a-proposal-status-changes = uma mudança de estado de uma proposta
error-bundle-a-action-items = uma tarefa
