# Reference values for the analytic (linearised) intervals of char_share and intensity: LinearizedIntervalTest.
# R 4.2.2 with Debian r-cran-survey 4.1-1-1 (apt-get install r-cran-survey); run: Rscript svyratio.R
options(digits=15)
suppressMessages(library(survey))
cat("survey", format(packageVersion("survey")), "\n")
d <- data.frame(part  = c(rep("review",5), rep("plan",4), rep("other",3)),
                chars = c(20,35,12,40,28, 30,25,50,18, 8,15,6),
                econ  = c(1,1,0,1,0, 1,0,1,0, 0,1,0),
                inten = c(1.0,0,0.5,2.0,0, 1.5,1.0,0.5,0, 0,0,0))
d$y <- d$chars * d$econ
d$yi <- d$inten * d$econ
des <- svydesign(ids=~1, strata=~part, data=d, weights=~rep(1,12))
show <- function(label, r) { cat(label, "\n"); print(c(coef(r), SE(r))); print(confint(r)) }
show("all char_share economy", svyratio(~y, ~chars, des))
show("all intensity economy", svyratio(~yi, ~econ, des))
rv <- d[d$part=="review",]
dr <- svydesign(ids=~1, data=rv, weights=~rep(1,nrow(rv)))
show("review char_share economy", svyratio(~y, ~chars, dr))
show("review intensity economy", svyratio(~yi, ~econ, dr))
show("all char_share economy, review as a domain of the stratified design", svyratio(~y, ~chars, subset(des, part=="review")))
# hand formula (stratified linearisation) for the same number
hand <- function(y, x, h) { r <- sum(y)/sum(x); z <- (y - r*x)/sum(x)
  v <- sum(sapply(split(z, h), function(zz) { n <- length(zz); if (n < 2) 0 else n/(n-1)*sum((zz-mean(zz))^2) }))
  c(r, sqrt(v), r - qnorm(0.975)*sqrt(v), r + qnorm(0.975)*sqrt(v)) }
cat("hand all char_share\n"); print(hand(d$y, d$chars, d$part))
cat("hand all intensity\n"); print(hand(d$yi, d$econ, d$part))
# lonely stratum: other has one unit
options(survey.lonely.psu="certainty")
d1 <- d[c(1:9, 11),]
des1 <- svydesign(ids=~1, strata=~part, data=d1, weights=~rep(1,10))
show("lonely other (certainty): all char_share economy", svyratio(~y, ~chars, des1))
# groups: documents as clusters
g <- data.frame(doc=c("a","b","c","d"), Y=c(120,80,200,60), X=c(400,300,500,350))
dg <- svydesign(ids=~doc, data=g, weights=~rep(1,4))
show("group char_share, documents as clusters", svyratio(~Y, ~X, dg))
gi <- data.frame(doc=c("a","b","c","d"), Y=c(3,0.5,4,1), X=c(4,2,5,3))
dgi <- svydesign(ids=~doc, data=gi, weights=~rep(1,4))
show("group intensity, documents as clusters", svyratio(~Y, ~X, dgi))
