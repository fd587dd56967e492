/**
 * What rule files use and applications do not: the sheet rules write their conclusions on ({@code Answer}, the
 * global {@code answer}) and small helpers whose data the rule files give (billing, grouping, dialled numbers,
 * document precedence). Public for the rules' sake, marked {@code @API(status = INTERNAL)}: an application reads decisions
 * through {@code nl.contractrules.api} and builds inputs with {@code nl.contractrules.model}.
 */
package nl.contractrules.rulesupport;
