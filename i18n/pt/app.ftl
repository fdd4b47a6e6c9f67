# As palavras da aplicação (ui/src): os ecrãs convertidos até agora.

## Definições

settings-open = Definições
settings-title = Definições
settings-close = Fechar
language-heading = Língua
language-label = Língua do Plenary
language-follow-system = Como este computador ({ $language })
language-note = As atas exportadas daqui também são escritas nesta língua. O que as pessoas escrevem fica na língua em que o escreveram.
passphrase-heading = Frase-passe
passphrase-state-encrypted = Este registo está cifrado: o Plenary pede a frase-passe ao arrancar.
passphrase-state-plain = Este registo não está cifrado: qualquer pessoa que tenha os ficheiros deste computador pode lê-lo.
passphrase-encrypt-heading = Cifrar o registo
passphrase-new = Nova frase-passe (pelo menos 8 caracteres; algumas palavras é o mais fácil)
passphrase-again = A nova frase-passe outra vez
passphrase-encrypt = Cifrar com esta frase-passe
passphrase-change-heading = Mudar a frase-passe
passphrase-current = Frase-passe atual
passphrase-change = Mudar a frase-passe
passphrase-remove-heading = Retirar a frase-passe
passphrase-remove-note = O registo volta a ser um ficheiro simples, legível por qualquer pessoa que tenha os ficheiros deste computador.
passphrase-remove = Decifrar o registo
passphrase-done-encrypted = O registo está cifrado com a nova frase-passe. Guardem-na bem: sem ela, ninguém pode abrir o registo.
passphrase-done-plain = O registo já não está cifrado: qualquer pessoa que tenha os ficheiros deste computador pode lê-lo.
passphrase-done-backups = {" "}As suas { $n } cópias de segurança automáticas foram reescritas da mesma forma.

## O que a frase-passe protege

encryption-fact-closed = Enquanto o Plenary está fechado, ninguém consegue ler o registo — cada nome, cada motivo, o registo das falas — nem as suas cópias sem a frase-passe, mesmo com este computador nas mãos.
encryption-fact-open = Não protege o registo enquanto o Plenary está aberto e desbloqueado, nem o que já foi partilhado: atas exportadas, pacotes enviados a outras assembleias ou o ecrã do projetor.
encryption-fact-lost = Não há forma de recuperar uma frase-passe perdida — nem por vocês, nem por quem desenvolve o Plenary. Sem ela, o registo não pode ser aberto.
