"""The signed receipt `.kuhina-receipt`: the coordinator's answer to one package
(docs/receipt-format.md)."""
