# Las palabras de la aplicación (ui/src): las pantallas convertidas hasta ahora.

## Ajustes

settings-open = Ajustes
settings-title = Ajustes
settings-close = Cerrar
language-heading = Idioma
language-label = Idioma de Plenary
language-follow-system = Como este ordenador ({ $language })
language-note = Las actas que se exportan desde aquí también se escriben en este idioma. Lo que escribe la gente queda en el idioma en que lo escribió.
passphrase-heading = Contraseña
passphrase-state-encrypted = Este registro está cifrado: Plenary pide su contraseña al arrancar.
passphrase-state-plain = Este registro no está cifrado: cualquiera que tenga los archivos de este ordenador puede leerlo.
passphrase-encrypt-heading = Cifrar el registro
passphrase-new = Contraseña nueva (al menos 8 caracteres; unas cuantas palabras es lo más fácil)
passphrase-again = Otra vez la contraseña nueva
passphrase-encrypt = Cifrar con esta contraseña
passphrase-change-heading = Cambiar la contraseña
passphrase-current = Contraseña actual
passphrase-change = Cambiar la contraseña
passphrase-remove-heading = Quitar la contraseña
passphrase-remove-note = El registro vuelve a ser un archivo normal, legible por cualquiera que tenga los archivos de este ordenador.
passphrase-remove = Descifrar el registro
passphrase-done-encrypted = El registro está cifrado con la contraseña nueva. Guárdala bien: sin ella nadie puede abrir el registro.
passphrase-done-plain = El registro ya no está cifrado: cualquiera que tenga los archivos de este ordenador puede leerlo.
passphrase-done-backups = {" "}Sus { $n } copias de seguridad automáticas se han reescrito igual.

## Lo que protege la contraseña

encryption-fact-closed = Mientras Plenary está cerrado, nadie puede leer el registro —cada nombre, cada motivo, el registro de intervenciones— ni sus copias sin la contraseña, aunque tenga este ordenador en las manos.
encryption-fact-open = No protege el registro mientras Plenary está abierto y desbloqueado, ni lo que ya se compartió: actas exportadas, paquetes enviados a otras asambleas o la pantalla del proyector.
encryption-fact-lost = No hay manera de recuperar una contraseña perdida: ni tú ni quienes desarrollan Plenary. Sin ella el registro no se puede abrir.
